package org.stroma.ui.analysis.chart;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swtchart.Chart;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.ResultTable;

/** The charts of a result, one tab per chart hint, titled as the hint is. */
public final class ResultCharts {

    /** Widget data key naming a chart, {@code chart:} and its tab's title. */
    public static final String RESULT_KEY = "stroma.result";

    private ResultCharts() {
    }

    /** Replaces the tabs of {@code folder} with the result's charts; selects the first. */
    public static void show(CTabFolder folder, AnalysisResult result) {
        clear(folder);
        for (ChartHint hint : result.charts()) {
            CTabItem tab = new CTabItem(folder, SWT.NONE);
            tab.setText(hint.title());
            Chart chart = draw(folder, hint, result.requireTable(hint.table()), result.data().variable());
            chart.setData(RESULT_KEY, "chart:" + hint.title());
            tab.setControl(chart);
        }
        if (folder.getItemCount() > 0) {
            folder.setSelection(0);
        }
    }

    /** Removes every chart tab. */
    public static void clear(CTabFolder folder) {
        for (CTabItem item : folder.getItems()) {
            if (item.getControl() != null) item.getControl().dispose();
            item.dispose();
        }
    }

    /**
     * The chart of one hint, drawn from the table it names.
     *
     * @param variable what was measured, for axes whose columns do not say it (paired values)
     */
    public static Chart draw(CTabFolder parent, ChartHint hint, ResultTable table, String variable) {
        return switch (hint) {
            case ChartHint.Bars bars -> BarsChart.draw(parent, bars, table);
            case ChartHint.Boxes boxes -> BoxesChart.draw(parent, boxes, table);
            case ChartHint.Points points -> PointsChart.draw(parent, points, table);
            case ChartHint.Intervals intervals -> IntervalsChart.draw(parent, intervals, table);
            case ChartHint.PairedLines lines -> PairedLinesChart.draw(parent, lines, table, variable);
        };
    }
}
