package org.stroma.ui.analysis.chart;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.ResultTable;

/**
 * Estimates with their intervals, one line per row as in a forest plot (e.g. Tukey's pairwise
 * differences): labels down the left, the first row on top, a point at the estimate with an error
 * bar from the lower to the upper limit, and a dashed line at the reference (0 for differences,
 * 1 for ratios).
 */
final class IntervalsChart {

    private IntervalsChart() {
    }

    static Chart draw(Composite parent, ChartHint.Intervals hint, ResultTable table) {
        Chart chart = ChartFrame.create(parent, ChartFrame.title(table, hint.estimate()));
        chart.setOrientation(SWT.VERTICAL); // rows down the side, where long labels fit
        List<String> labels = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            labels.add(Slots.text(table, row, hint.label()));
        }
        int n = labels.size();
        List<Integer> shown = new ArrayList<>();
        for (int row = n - 1; row >= 0; row--) {
            if (!Double.isNaN(table.number(row, hint.estimate()))) shown.add(row);
        }
        double[] x = new double[shown.size()], y = new double[shown.size()], plus = new double[shown.size()],
                minus = new double[shown.size()];
        double low = hint.reference(), high = hint.reference();
        for (int i = 0; i < shown.size(); i++) {
            int row = shown.get(i);
            x[i] = n - 1 - row;
            y[i] = table.number(row, hint.estimate());
            double lower = table.number(row, hint.lower()), upper = table.number(row, hint.upper());
            minus[i] = Double.isNaN(lower) ? 0 : y[i] - lower;
            plus[i] = Double.isNaN(upper) ? 0 : upper - y[i];
            low = Math.min(low, y[i] - minus[i]);
            high = Math.max(high, y[i] + plus[i]);
        }
        if (shown.size() > 0) {
            ILineSeries<?> estimates = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "estimates");
            estimates.setDescription(ChartFrame.title(table, hint.estimate()));
            estimates.setXSeries(x);
            estimates.setYSeries(y);
            estimates.setLineStyle(LineStyle.NONE);
            estimates.setSymbolType(ILineSeries.PlotSymbolType.SQUARE);
            estimates.setSymbolSize(4);
            estimates.setSymbolColor(Palette.color(0));
            IErrorBar bar = estimates.getYErrorBar();
            bar.setType(IErrorBar.ErrorBarType.BOTH);
            bar.setPlusErrors(plus);
            bar.setMinusErrors(minus);
            bar.setColor(Palette.INK);
            bar.setLineWidth(2);
            bar.setVisible(true);
        }
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent event) {
                IAxis values = ChartFrame.y(chart);
                int at = values.getPixelCoordinate(hint.reference());
                event.gc.setForeground(Palette.REFERENCE);
                event.gc.setLineStyle(SWT.LINE_DASH);
                event.gc.setLineWidth(1);
                if (chart.getOrientation() == SWT.VERTICAL) { // values run across
                    event.gc.drawLine(at, 0, at, chart.getPlotArea().getSize().y);
                } else {
                    event.gc.drawLine(0, at, chart.getPlotArea().getSize().x, at);
                }
                event.gc.setLineStyle(SWT.LINE_SOLID);
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
        List<String> bottomUp = new ArrayList<>(labels);
        java.util.Collections.reverse(bottomUp);
        CategoryTicks.apply(chart, bottomUp);
        ChartFrame.valueRange(chart, low, high, false);
        return chart;
    }
}
