package org.stroma.reporting.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The named tables one rendering of a report reads. */
public final class ReportData {

    private final Map<String, ReportTable> tables = new LinkedHashMap<>();

    public ReportData add(ReportTable table) {
        if (tables.putIfAbsent(table.name(), table) != null) {
            throw new IllegalArgumentException("table " + table.name() + " added twice");
        }
        return this;
    }

    public ReportTable table(String name) {
        ReportTable table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no table " + name + "; tables " + tables.keySet());
        }
        return table;
    }

    public boolean has(String name) {
        return tables.containsKey(name);
    }

    public Set<String> tableNames() {
        return tables.keySet();
    }
}
