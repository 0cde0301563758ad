package org.stroma.reporting.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Function;

import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportDefinition;
import org.stroma.reporting.api.ReportParameter;
import org.stroma.reporting.api.ReportRequest;

/** A report shipped with the workbench: its design is {@code designs/<name>.rptdesign} in this bundle. */
record BuiltInReport(String name, String title, String version, String description, Set<ReportParameter> parameters,
        boolean unblindedOnly, Function<ReportRequest, ReportData> collector) implements ReportDefinition {

    @Override
    public InputStream openDesign() throws IOException {
        String path = "/designs/" + name + ".rptdesign";
        InputStream in = BuiltInReport.class.getResourceAsStream(path);
        if (in == null) {
            throw new FileNotFoundException("report design " + path + " is not in the reporting bundle");
        }
        return in;
    }

    @Override
    public ReportData collect(ReportRequest request) {
        return collector.apply(request);
    }
}
