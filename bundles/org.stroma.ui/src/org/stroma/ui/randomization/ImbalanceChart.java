package org.stroma.ui.randomization;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.stroma.randomization.ImbalanceDistribution;

/**
 * How an imbalance spread over the simulated trials, the schemes' bars side by side: for each
 * imbalance value (0, 1, 2... arms' counts apart), the per cent of each scheme's trials that ended
 * with it. The table beside it holds the same numbers.
 */
final class ImbalanceChart {

    /** Okabe-Ito colours, told apart with any common colour vision deficiency. */
    private static final Color[] COLORS = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
        new Color(204, 121, 167)};
    private static final Color INK = new Color(40, 40, 40);
    private static final Color GRID = new Color(215, 215, 215);

    private final Chart chart;

    ImbalanceChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData(Keys.RESULT, "imbalanceChart");
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getPlotArea().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.BOTTOM);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(INK);
            axis.getTitle().setForeground(INK);
            axis.getGrid().setForeground(GRID);
            axis.getGrid().setStyle(LineStyle.DOT);
        }
        x().getGrid().setStyle(LineStyle.NONE);
        y().getTitle().setText("% of trials");
        chart.getLegend().setVisible(false);
    }

    Chart control() {
        return chart;
    }

    /**
     * @param schemes       the schemes' labels, "[1] permuted blocks"...
     * @param distributions the distribution shown for each scheme, in the same order
     * @param measure       what the imbalance is of, e.g. "overall imbalance"
     */
    void show(List<String> schemes, List<ImbalanceDistribution> distributions, String measure) {
        clear();
        TreeSet<Double> values = new TreeSet<>();
        distributions.forEach(d -> values.addAll(d.shares().keySet()));
        x().enableCategory(true);
        x().setCategorySeries(values.stream().map(DiagnosticsRows::number).toArray(String[]::new));
        x().getTitle().setText(measure);
        double highest = 0;
        for (int s = 0; s < distributions.size(); s++) {
            ImbalanceDistribution distribution = distributions.get(s);
            double[] percent = values.stream().mapToDouble(v -> 100 * distribution.shares().getOrDefault(v, 0.0))
                    .toArray();
            for (double p : percent) {
                highest = Math.max(highest, p);
            }
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "scheme" + s);
            bars.setDescription(schemes.get(s));
            bars.setYSeries(percent);
            bars.setBarColor(COLORS[s % COLORS.length]);
            bars.setBarPadding(20);
        }
        chart.getLegend().setVisible(!distributions.isEmpty());
        x().adjustRange();
        y().setRange(new Range(0, Math.max(10, Math.ceil(highest * 1.1))));
        chart.redraw();
    }

    void clear() {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        chart.getLegend().setVisible(false);
        chart.redraw();
    }

    private IAxis x() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis y() {
        return chart.getAxisSet().getYAxis(0);
    }
}
