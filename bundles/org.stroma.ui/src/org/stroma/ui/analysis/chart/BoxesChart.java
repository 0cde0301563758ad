package org.stroma.ui.analysis.chart;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.ResultTable;

/**
 * Box plots from five-number summaries: a box from the lower to the upper quartile with a line at
 * the median, whiskers to the low and high values. SWTChart has no box series, so the boxes are
 * painted on the plot area in axis coordinates; a median series (drawn as the median line's
 * centre) gives the chart its legend entries and a data range.
 */
final class BoxesChart {

    /** One box: its centre x, width in axis units and the five numbers. */
    record Box(double x, double width, int series, double low, double q1, double median, double q3, double high) {
    }

    private BoxesChart() {
    }

    static Chart draw(Composite parent, ChartHint.Boxes hint, ResultTable table) {
        Slots slots = Slots.of(table, hint.category(), hint.series());
        Chart chart = ChartFrame.create(parent, ChartFrame.title(table, hint.median()));
        List<Box> boxes = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < table.rowCount(); row++) {
            double median = table.number(row, hint.median());
            if (Double.isNaN(median)) continue; // an empty group has no box
            Box box = new Box(slots.x(row), 0.55 * slots.width(), slots.seriesOf(row), or(table.number(row, hint.low()), median),
                    or(table.number(row, hint.lowerQuartile()), median), median,
                    or(table.number(row, hint.upperQuartile()), median), or(table.number(row, hint.high()), median));
            boxes.add(box);
            low = Math.min(low, box.low());
            high = Math.max(high, box.high());
        }
        for (int s = 0; s < slots.series().size(); s++) {
            int series = s;
            List<Box> own = boxes.stream().filter(b -> b.series() == series).toList();
            if (own.isEmpty()) continue;
            ILineSeries<?> medians = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "median " + s);
            medians.setDescription(slots.hasSeries() ? slots.series().get(s) : ChartFrame.title(table, hint.median()));
            medians.setXSeries(own.stream().mapToDouble(Box::x).toArray());
            medians.setYSeries(own.stream().mapToDouble(Box::median).toArray());
            medians.setLineStyle(LineStyle.NONE);
            medians.setSymbolType(ILineSeries.PlotSymbolType.SQUARE);
            medians.setSymbolSize(2);
            medians.setSymbolColor(Palette.color(s));
            medians.setLineColor(Palette.color(s));
        }
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent event) {
                boxes.forEach(box -> paint(event.gc, chart, box));
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
        ChartFrame.legend(chart, slots.hasSeries());
        CategoryTicks.apply(chart, slots.categories());
        ChartFrame.valueRange(chart, low, high, false);
        return chart;
    }

    private static double or(double value, double otherwise) {
        return Double.isNaN(value) ? otherwise : value;
    }

    private static void paint(GC gc, Chart chart, Box box) {
        IAxis x = ChartFrame.x(chart), y = ChartFrame.y(chart);
        int left = x.getPixelCoordinate(box.x() - box.width() / 2), right = x.getPixelCoordinate(box.x() + box.width() / 2);
        int centre = x.getPixelCoordinate(box.x());
        int capLeft = x.getPixelCoordinate(box.x() - box.width() / 4), capRight = x.getPixelCoordinate(box.x() + box.width() / 4);
        int low = y.getPixelCoordinate(box.low()), q1 = y.getPixelCoordinate(box.q1()), median = y.getPixelCoordinate(box.median());
        int q3 = y.getPixelCoordinate(box.q3()), high = y.getPixelCoordinate(box.high());
        gc.setAntialias(SWT.ON);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setForeground(Palette.INK);
        gc.setLineWidth(1);
        gc.drawLine(centre, low, centre, q1);
        gc.drawLine(centre, q3, centre, high);
        gc.drawLine(capLeft, low, capRight, low);
        gc.drawLine(capLeft, high, capRight, high);
        int top = Math.min(q1, q3), height = Math.max(1, Math.abs(q1 - q3));
        gc.setBackground(Palette.color(box.series()));
        gc.setAlpha(110);
        gc.fillRectangle(left, top, right - left, height);
        gc.setAlpha(255);
        gc.drawRectangle(left, top, right - left, height);
        gc.setLineWidth(3);
        gc.drawLine(left, median, right, median);
        gc.setLineWidth(1);
    }
}
