package org.stroma.ui.analysis.chart;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ResultTable;

/**
 * What every result chart shares: no title (the tab names the chart), a legend only when there
 * are series to tell apart, quiet grey axes with the value's label and unit, and a value range
 * with a little room around the data.
 */
final class ChartFrame {

    /** Characters of a value axis title that fit beside a chart of ordinary height. */
    private static final int LONGEST_AXIS_TITLE = 24;
    /** Characters of a chart title that fit on one line above a narrow chart. */
    private static final int LONGEST_TITLE_LINE = 40;

    private ChartFrame() {
    }

    static Chart create(Composite parent, String valueTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.enableCompress(false); // every value is drawn, none merged
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getPlotArea().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(Palette.INK);
            axis.getTitle().setForeground(Palette.INK);
            axis.getGrid().setForeground(Palette.GRID);
            axis.getGrid().setStyle(LineStyle.DOT);
        }
        x(chart).getTitle().setVisible(false);
        if (valueTitle.length() <= LONGEST_AXIS_TITLE) {
            y(chart).getTitle().setText(valueTitle);
        } else {
            // a long variable name would be cut off along the axis: it heads the chart instead
            y(chart).getTitle().setVisible(false);
            chart.getTitle().setText(valueTitle.length() > LONGEST_TITLE_LINE ? CategoryTicks.broken(valueTitle) : valueTitle);
            chart.getTitle().setFont(parent.getDisplay().getSystemFont());
            chart.getTitle().setForeground(Palette.INK);
            chart.getTitle().setVisible(true);
        }
        return chart;
    }

    static IAxis x(Chart chart) {
        return chart.getAxisSet().getXAxis(0);
    }

    static IAxis y(Chart chart) {
        return chart.getAxisSet().getYAxis(0);
    }

    /** The value axis from {@code low} to {@code high} with 6% room, and 0 in view when {@code withZero}. */
    static void valueRange(Chart chart, double low, double high, boolean withZero) {
        if (withZero) {
            low = Math.min(0, low);
            high = Math.max(0, high);
        }
        if (!(low <= high)) {
            low = 0;
            high = 1;
        }
        double room = high > low ? 0.06 * (high - low) : Math.max(1, Math.abs(high) * 0.1);
        y(chart).setRange(new Range(withZero && low == 0 ? 0 : low - room, withZero && high == 0 ? 0 : high + room));
    }

    /** A column's heading with its unit, e.g. "Mean (%)". */
    static String title(ResultTable table, String key) {
        Column column = table.columns().get(table.columnIndex(key));
        return column.unit().isEmpty() ? column.label() : column.label() + " (" + column.unit() + ")";
    }

    /** Shows the legend when the chart has series to tell apart. */
    static void legend(Chart chart, boolean shown) {
        chart.getLegend().setVisible(shown);
        chart.getLegend().setPosition(SWT.BOTTOM);
    }
}
