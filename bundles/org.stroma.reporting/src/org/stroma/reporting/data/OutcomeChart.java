package org.stroma.reporting.data;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.Observation;

/** The chart of one outcome at one visit: mean per arm as bars, ± one SD as error bars, in PNG. */
final class OutcomeChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 450;

    private OutcomeChart() {
    }

    static byte[] png(String title, String variable, List<Group> groups) {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        for (Group group : groups) {
            DescriptiveStatistics statistics = new DescriptiveStatistics(
                    group.observations().stream().mapToDouble(Observation::value).toArray());
            if (statistics.getN() > 0) {
                dataset.add(statistics.getMean(), statistics.getN() > 1 ? statistics.getStandardDeviation() : 0,
                        "Mean ± SD", group.name() + " (n=" + statistics.getN() + ")");
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setSeriesPaint(0, new Color(0x4A6A8A));
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
        renderer.setMaximumBarWidth(0.18);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        NumberAxis values = new NumberAxis(variable);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Arm"), values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        } catch (IOException e) {
            throw new UncheckedIOException("the chart of " + title + " could not be drawn", e);
        }
    }
}
