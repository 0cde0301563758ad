package org.stroma.ui.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.stroma.core.ComponentVersion;
import org.stroma.core.ProductVersions;

/** Lists the product's version and those of its main components, as `stroma version` does. */
final class AboutDialog extends Dialog {

    static final String TITLE = "About " + ProductVersions.PRODUCT_NAME;

    private final ProductVersions versions;

    AboutDialog(Shell parent, ProductVersions versions) {
        super(parent);
        this.versions = versions;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label name = new Label(area, SWT.NONE);
        name.setText(ProductVersions.PRODUCT_NAME + " " + versions.productVersion());
        name.setFont(JFaceResources.getHeaderFont());
        Label purpose = new Label(area, SWT.WRAP);
        purpose.setText("Offline research workbench for trials of adipose-derived cell therapies "
                + "(SVF, ADSC, cell-assisted fat grafting) in scleroderma.");
        GridData purposeData = new GridData(SWT.FILL, SWT.TOP, true, false);
        purposeData.widthHint = 480;
        purpose.setLayoutData(purposeData);

        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 220;
        table.setLayoutData(tableData);
        column(table, "Component", 260);
        column(table, "Version", 220);
        for (ComponentVersion component : versions.components()) {
            row(table, component.name(), component.version());
        }
        row(table, "Java", Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        row(table, "Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")");
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }

    private static void row(Table table, String name, String version) {
        new TableItem(table, SWT.NONE).setText(new String[] { name, version });
    }
}
