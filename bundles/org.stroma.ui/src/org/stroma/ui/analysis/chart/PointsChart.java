package org.stroma.ui.analysis.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.ResultTable;

/**
 * Every subject's value as a point in its category (a strip plot): a scatter series without
 * lines per series, the points of a category spread a little sideways in a fixed pattern so that
 * equal values stay visible and the picture is the same every time.
 */
final class PointsChart {

    /** Sideways offsets in turn, as fractions of half the spread. */
    private static final double[] SPREAD = {0, -0.25, 0.25, -0.5, 0.5, -0.75, 0.75, -1, 1};

    private PointsChart() {
    }

    static Chart draw(Composite parent, ChartHint.Points hint, ResultTable table) {
        Slots slots = Slots.of(table, hint.category(), hint.series());
        Chart chart = ChartFrame.create(parent, ChartFrame.title(table, hint.value()));
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        Map<Integer, Integer> drawnInSlot = new HashMap<>();
        for (int s = 0; s < slots.series().size(); s++) {
            List<double[]> points = new ArrayList<>();
            for (int row : slots.rowsOf(s)) {
                double value = table.number(row, hint.value());
                if (Double.isNaN(value)) continue;
                int k = drawnInSlot.merge(slots.category(row) * 1000 + s, 1, Integer::sum) - 1;
                points.add(new double[] {slots.x(row) + SPREAD[k % SPREAD.length] * 0.3 * slots.width(), value});
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
            if (points.isEmpty()) continue;
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "points " + s);
            series.setDescription(slots.hasSeries() ? slots.series().get(s) : ChartFrame.title(table, hint.value()));
            series.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
            series.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
            series.setLineStyle(LineStyle.NONE);
            series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            series.setSymbolSize(4);
            series.setSymbolColor(Palette.color(s));
        }
        ChartFrame.legend(chart, slots.hasSeries());
        CategoryTicks.apply(chart, slots.categories());
        ChartFrame.valueRange(chart, low, high, false);
        return chart;
    }
}
