package org.stroma.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows of text printed in aligned columns: text to the left, numbers to the right. */
final class TextTable {

    private final List<String> headings;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headings, boolean... rightAligned) {
        this.headings = List.copyOf(headings);
        this.rightAligned = rightAligned.length == headings.size() ? rightAligned.clone() : new boolean[headings.size()];
    }

    TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Prints the table, each line indented by {@code indent}; no heading line when all headings are empty. */
    void print(PrintStream out, String indent) {
        int[] widths = new int[headings.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headings.get(c).length();
            for (List<String> row : rows) widths[c] = Math.max(widths[c], row.get(c).length());
        }
        if (headings.stream().anyMatch(h -> !h.isEmpty())) {
            out.println(line(headings, widths, indent));
        }
        for (List<String> row : rows) {
            out.println(line(row, widths, indent));
        }
    }

    private String line(List<String> cells, int[] widths, String indent) {
        StringBuilder line = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) line.append("  ");
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(rightAligned[c] ? pad + cell : c == cells.size() - 1 ? cell : cell + pad);
        }
        return line.toString().stripTrailing();
    }
}
