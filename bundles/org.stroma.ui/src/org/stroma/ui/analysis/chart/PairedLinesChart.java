package org.stroma.ui.analysis.chart;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.ResultTable;

/** One line per subject from the first value to the second (before and after), subjects with both only. */
final class PairedLinesChart {

    private PairedLinesChart() {
    }

    /** @param variable what was measured, the value axis's title */
    static Chart draw(Composite parent, ChartHint.PairedLines hint, ResultTable table, String variable) {
        Chart chart = ChartFrame.create(parent, variable);
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < table.rowCount(); row++) {
            double first = table.number(row, hint.first()), second = table.number(row, hint.second());
            if (Double.isNaN(first) || Double.isNaN(second)) continue;
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "subject " + row);
            line.setDescription(Slots.text(table, row, hint.subject()));
            line.setXSeries(new double[] {0, 1});
            line.setYSeries(new double[] {first, second});
            line.setLineStyle(LineStyle.SOLID);
            line.setLineColor(Palette.color(0));
            line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            line.setSymbolSize(3);
            line.setSymbolColor(Palette.color(0));
            low = Math.min(low, Math.min(first, second));
            high = Math.max(high, Math.max(first, second));
        }
        CategoryTicks.apply(chart, List.of(heading(table, hint.first()), heading(table, hint.second())));
        ChartFrame.valueRange(chart, low, high, false);
        return chart;
    }

    private static String heading(ResultTable table, String key) {
        return table.columns().get(table.columnIndex(key)).label();
    }
}
