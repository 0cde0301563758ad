package org.stroma.ui.analysis.chart;

import java.util.Arrays;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.ResultTable;

/**
 * Bars of a value per category (and series) with symmetric error bars, e.g. mean ± SEM per arm.
 * Drawn on SWTChart's category axis, which places the bars of several series side by side and
 * their error bars on them.
 */
final class BarsChart {

    private BarsChart() {
    }

    static Chart draw(Composite parent, ChartHint.Bars hint, ResultTable table) {
        Slots slots = Slots.of(table, hint.category(), hint.series());
        boolean withError = !hint.error().isEmpty();
        Chart chart = ChartFrame.create(parent, ChartFrame.title(table, hint.value())
                + (withError ? " \u00B1 " + hint.errorMeaning() : ""));
        int categories = slots.categories().size();
        double low = 0, high = 0;
        for (int s = 0; s < slots.series().size(); s++) {
            // one bar per category, in category order; a category without a value has no bar
            double[] y = new double[categories], error = new double[categories];
            for (int row : slots.rowsOf(s)) {
                double value = table.number(row, hint.value());
                double e = withError ? table.number(row, hint.error()) : Double.NaN;
                int c = slots.category(row);
                y[c] = Double.isNaN(value) ? 0 : value;
                error[c] = Double.isNaN(value) || Double.isNaN(e) ? 0 : e;
                low = Math.min(low, y[c] - error[c]);
                high = Math.max(high, y[c] + error[c]);
            }
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "bars " + s);
            bars.setDescription(slots.hasSeries() ? slots.series().get(s) : ChartFrame.title(table, hint.value()));
            bars.setYSeries(y);
            bars.setBarColor(Palette.color(s));
            bars.setBarPadding(slots.hasSeries() ? 25 : 50);
            if (withError && Arrays.stream(error).anyMatch(e -> e > 0)) {
                IErrorBar bar = bars.getYErrorBar();
                bar.setType(IErrorBar.ErrorBarType.BOTH);
                bar.setPlusErrors(error);
                bar.setMinusErrors(error);
                bar.setColor(Palette.INK);
                bar.setLineWidth(1);
                bar.setVisible(true);
            }
        }
        ChartFrame.legend(chart, slots.hasSeries());
        CategoryTicks.applyCategories(chart, slots.categories());
        ChartFrame.x(chart).adjustRange();
        ChartFrame.valueRange(chart, low, high, true);
        return chart;
    }
}
