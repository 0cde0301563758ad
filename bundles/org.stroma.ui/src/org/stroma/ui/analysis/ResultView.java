package org.stroma.ui.analysis;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.study.PreparedInput;
import org.stroma.ui.analysis.chart.ResultCharts;

/**
 * A result as read in the part: what ran on what, a table per result table, the data used with
 * every exclusion and its reason, the notes, and beside them the charts, a tab per chart hint.
 * Widgets carry {@code stroma.result}: {@code header}, {@code table:NAME}, {@code dataUsed},
 * {@code notes}, {@code charts} and {@code chart:TITLE}.
 */
final class ResultView {

    private final ScrolledComposite scroll;
    private final Composite tables;
    private final CTabFolder charts;

    ResultView(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        tables = new Composite(scroll, SWT.NONE);
        tables.setLayout(new GridLayout(1, false));
        scroll.setContent(tables);
        charts = new CTabFolder(sash, SWT.BORDER);
        charts.setData(AnalysisPart.RESULT_KEY, "charts");
        sash.setWeights(58, 42);
        clear();
    }

    Control control() {
        return scroll.getParent();
    }

    void clear() {
        for (Control child : tables.getChildren()) child.dispose();
        Label none = new Label(tables, SWT.WRAP);
        none.setText("Results show here once an analysis has run.");
        ResultCharts.clear(charts);
        relayout();
    }

    void show(Analysis<?> analysis, AnalysisResult result, PreparedInput prepared) {
        for (Control child : tables.getChildren()) child.dispose();
        Label header = label(AnalysisChoice.label(analysis) + ": " + result.analysisId() + ", " + settings(result), "header");
        header.setFont(JFaceResources.getBannerFont());
        label(String.join("; ", prepared.source().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()),
                "source");
        for (ResultTable table : result.tables()) {
            Label title = label(table.title(), null);
            title.setFont(JFaceResources.getBannerFont());
            table(table);
        }
        label(String.join("\n", DataUsedText.lines(result, prepared)), "dataUsed");
        if (!result.notes().isEmpty()) {
            label("Notes: " + String.join(" ", result.notes()), "notes");
        }
        ResultCharts.show(charts, result);
        relayout();
    }

    private Label label(String text, String name) {
        Label label = new Label(tables, SWT.WRAP);
        label.setText(text);
        if (name != null) label.setData(AnalysisPart.RESULT_KEY, name);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrap.widthHint = 300;
        label.setLayoutData(wrap);
        return label;
    }

    private void table(ResultTable result) {
        Table table = new Table(tables, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(AnalysisPart.RESULT_KEY, "table:" + result.name());
        List<Column> columns = result.columns();
        for (Column column : columns) {
            TableColumn heading = new TableColumn(table, CellText.isNumber(column) ? SWT.RIGHT : SWT.LEFT);
            heading.setText(CellText.heading(column));
        }
        for (List<Object> row : result.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int c = 0; c < columns.size(); c++) {
                item.setText(c, CellText.of(columns.get(c), row.get(c)));
            }
        }
        for (TableColumn heading : table.getColumns()) heading.pack();
        GridData size = new GridData(SWT.LEFT, SWT.TOP, false, false);
        // every row shown: the scrolled results scroll, not each table
        size.heightHint = table.getHeaderHeight() + Math.max(1, result.rowCount()) * table.getItemHeight() + 4;
        table.setLayoutData(size);
    }

    private static String settings(AnalysisResult result) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : result.settings().getClass().getRecordComponents()) {
            try {
                parts.add(component.getName() + " = " + component.getAccessor().invoke(result.settings()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return parts.isEmpty() ? "no settings" : String.join(", ", parts);
    }

    private void relayout() {
        tables.layout(true, true);
        scroll.setMinSize(tables.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }
}
