package org.stroma.ui.analysis.chart;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisTick;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Names categories on the x axis. On a numeric axis (boxes, points, intervals, paired lines)
 * category i sits at x = i, its tick label is its name and ticks between categories have none;
 * the tick step follows the plot's size so that it is exactly one category (a longer step would
 * skip names, a shorter one makes SWTChart hide labels it finds crowded). On SWTChart's own
 * category axis (bars) only the labels are managed. Names too long for their room are broken onto
 * two lines, and tilted when even that does not fit.
 * Changes lay the chart out again, which resizes the plot: both are kept within a band so that
 * this settles at once instead of going back and forth.
 */
final class CategoryTicks extends Format {

    private static final long serialVersionUID = 1L;
    private static final int TILT = 30;

    private final List<String> names;
    /** The names as shown: on one line, or each broken onto two where they would not fit. */
    private volatile List<String> labels;

    private CategoryTicks(List<String> names) {
        this.names = List.copyOf(names);
        this.labels = this.names;
    }

    /** Categories at the whole numbers of a numeric x axis. */
    static void apply(Chart chart, List<String> names) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        CategoryTicks format = new CategoryTicks(names);
        x.getTick().setFormat(format);
        x.getGrid().setStyle(LineStyle.NONE);
        x.setRange(new Range(-0.5, names.size() - 0.5));
        new Fit(chart, x, format, true).listen();
    }

    /** Categories on SWTChart's category axis. */
    static void applyCategories(Chart chart, List<String> names) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(names.toArray(String[]::new));
        x.getGrid().setStyle(LineStyle.NONE);
        new Fit(chart, x, new CategoryTicks(names), false).listen();
    }

    /** Keeps the tick step at one category and breaks or tilts crowded labels as the plot is resized. */
    private static final class Fit {
        private final Chart chart;
        private final IAxis x;
        private final CategoryTicks ticks;
        private final boolean numeric;
        private boolean fitting;
        private boolean asked;

        Fit(Chart chart, IAxis x, CategoryTicks ticks, boolean numeric) {
            this.chart = chart;
            this.x = x;
            this.ticks = ticks;
            this.numeric = numeric;
        }

        /** Fits after each resize, once the chart's layout is done: laying it out within its own layout goes wrong. */
        void listen() {
            chart.getPlotArea().getControl().addListener(SWT.Resize, event -> {
                if (asked) return;
                asked = true;
                chart.getDisplay().asyncExec(() -> {
                    asked = false;
                    fit();
                });
            });
        }

        private void fit() {
            if (fitting || chart.isDisposed()) return;
            boolean across = chart.getOrientation() == SWT.HORIZONTAL;
            int length = across ? chart.getPlotArea().getSize().x : chart.getPlotArea().getSize().y;
            if (length <= 0) return;
            int count = ticks.names.size();
            double perCategory = (double) length / count;
            IAxisTick tick = x.getTick();
            int hint = tick.getTickMarkStepHint();
            if (numeric && (hint < 0.55 * perCategory || hint > 0.95 * perCategory)) {
                // a hint between half and one category's length makes the step exactly one category
                hint = (int) Math.max(IAxisTick.MIN_GRID_STEP_HINT, Math.floor(0.8 * perCategory));
            }
            // room for a label: a category's width across, a share of the chart's width down the side
            double room = across ? perCategory - 4 : 0.3 * chart.getSize().x;
            List<String> labels = widest(ticks.names) <= room ? ticks.names : ticks.names.stream().map(CategoryTicks::broken).toList();
            int angle = across && widest(labels) > room ? TILT : 0;
            if (hint == tick.getTickMarkStepHint() && angle == tick.getTickLabelAngle() && labels.equals(ticks.labels)) {
                return;
            }
            fitting = true;
            try {
                ticks.labels = labels;
                if (!numeric) x.setCategorySeries(labels.toArray(String[]::new));
                tick.setTickLabelAngle(angle);
                tick.setTickMarkStepHint(hint); // lays the chart out again
                chart.redraw();
            } finally {
                fitting = false;
            }
        }

        private int widest(List<String> labels) {
            GC gc = new GC(chart);
            try {
                gc.setFont(x.getTick().getFont());
                return labels.stream().mapToInt(label -> gc.textExtent(label).x).max().orElse(0);
            } finally {
                gc.dispose();
            }
        }
    }

    /** A name on two lines, broken at the space nearest its middle ("Conventional\nAFG"); unchanged without a space. */
    static String broken(String name) {
        int best = -1;
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(i - name.length() / 2) < Math.abs(best - name.length() / 2)) best = i;
        }
        return best < 0 ? name : name.substring(0, best) + "\n" + name.substring(best + 1);
    }

    @Override
    public StringBuffer format(Object value, StringBuffer into, FieldPosition position) {
        double x = ((Number) value).doubleValue();
        long index = Math.round(x);
        List<String> shown = labels;
        if (Math.abs(x - index) < 1e-6 && index >= 0 && index < shown.size()) {
            into.append(shown.get((int) index));
        }
        return into;
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
        return null;
    }
}
