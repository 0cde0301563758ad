package org.stroma.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drives a running SWT user interface from a test on the UI thread. Every wait spins the
 * event loop, so the application keeps working while the test waits, and fails with a
 * message saying what it waited for.
 */
public final class UiRobot {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Display display;
    private final Duration timeout;

    public UiRobot(Display display) {
        this(display, DEFAULT_TIMEOUT);
    }

    public UiRobot(Display display, Duration timeout) {
        this.display = display;
        this.timeout = timeout;
    }

    public Display display() {
        return display;
    }

    /** Lets the UI handle every pending event. */
    public void processEvents() {
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Spins the event loop until {@code condition} holds; fails naming {@code what} on time-out. */
    public void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { /* wakes the loop to check again */ });
                display.sleep();
            }
        }
    }

    /** The visible shell with this title, waiting for it to appear. */
    public Shell shell(String title) {
        waitUntil("a window titled '" + title + "'", () -> findShell(title).isPresent());
        return findShell(title).orElseThrow();
    }

    /** The visible shell with this title if one shows now, without waiting (a dialog that may come later). */
    public Optional<Shell> shown(String title) {
        return findShell(title);
    }

    private Optional<Shell> findShell(String title) {
        return Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText()))
                .findFirst();
    }

    /** The menu bar's labels as a person reads them (no mnemonics, no accelerators). */
    public List<String> menuBar(Shell shell) {
        return Arrays.stream(shell.getMenuBar().getItems()).map(i -> readable(i.getText())).toList();
    }

    /**
     * The menu item at {@code path} from the menu bar, e.g. {@code "Help", "About"}. Each menu
     * on the way is shown first, as when a person opens it, so menus filled on demand (and
     * their enablement) are up to date.
     */
    public MenuItem menuItem(Shell shell, String... path) {
        Menu menu = shell.getMenuBar();
        MenuItem item = null;
        for (String label : path) {
            if (menu == null) {
                throw new AssertionError("'" + readable(item.getText()) + "' has no submenu to find '" + label + "' in");
            }
            menu.notifyListeners(SWT.Show, new Event());
            processEvents();
            item = Arrays.stream(menu.getItems()).filter(i -> readable(i.getText()).equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item '" + label + "' among "
                            + Arrays.stream(shell.getMenuBar().getItems()).map(i -> readable(i.getText())).toList()));
            menu = item.getMenu();
        }
        return item;
    }

    /** Labels of the items in the menu at {@code path}, shown first as a person opens it. */
    public List<String> menuLabels(Shell shell, String... path) {
        Menu menu = menuItem(shell, path).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        return Arrays.stream(menu.getItems()).map(i -> readable(i.getText())).filter(t -> !t.isEmpty()).toList();
    }

    /** Chooses a menu item, as a click on it does. */
    public void click(MenuItem item) {
        if (!item.isEnabled()) {
            throw new AssertionError("menu item '" + readable(item.getText()) + "' is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    /**
     * Runs {@code opener}, which opens a (typically modal) dialog titled {@code title}; while
     * the dialog is open, reads it with {@code reader}, then closes it and returns what was read.
     */
    public <T> T inDialog(String title, Runnable opener, Function<Shell, T> reader) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicBoolean handled = new AtomicBoolean();
        long deadline = System.nanoTime() + timeout.toNanos();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                Optional<Shell> dialog = findShell(title);
                if (dialog.isPresent()) {
                    try {
                        // Let the dialog lay out and paint before it is read or pictured.
                        processEvents();
                        result.set(reader.apply(dialog.get()));
                    } catch (RuntimeException | AssertionError e) {
                        failure.set(e instanceof RuntimeException r ? r : new IllegalStateException(e));
                    } finally {
                        if (!dialog.get().isDisposed()) {
                            dialog.get().close();
                        }
                        handled.set(true);
                    }
                } else if (System.nanoTime() < deadline) {
                    display.timerExec(50, this);
                }
            }
        };
        display.timerExec(50, poll);
        opener.run();
        waitUntil("the dialog '" + title + "' to open", handled::get);
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** All widgets of {@code type} under {@code root} (itself included) that match. */
    public <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<T> match) {
        List<T> found = new ArrayList<>();
        collect(root, type, match, found);
        return found;
    }

    /** The one widget of {@code type} under {@code root} that matches; fails if none. */
    public <T extends Control> T find(Control root, Class<T> type, Predicate<T> match) {
        List<T> found = findAll(root, type, match);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " found under " + root);
        }
        return found.get(0);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> match, List<T> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control) && match.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, match, found);
            }
        }
    }

    /** Shows the tab with this title, as a click on it does. */
    public void selectTab(org.eclipse.swt.custom.CTabFolder tabs, String title) {
        org.eclipse.swt.custom.CTabItem tab = Arrays.stream(tabs.getItems()).filter(t -> title.equals(t.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no tab '" + title + "'"));
        tabs.setSelection(tab);
        Event event = new Event();
        event.item = tab;
        tabs.notifyListeners(SWT.Selection, event);
        processEvents();
    }

    /** Replaces a text field's content, as typing does (its modify listeners run). */
    public void type(org.eclipse.swt.widgets.Text field, String text) {
        field.setFocus();
        field.setText(text);
        processEvents();
    }

    /** Chooses the item of a combo with this text, as a person picks it from the list. */
    public void choose(org.eclipse.swt.widgets.Combo combo, String item) {
        int index = combo.indexOf(item);
        if (index < 0) {
            throw new AssertionError("no item '" + item + "' in " + Arrays.asList(combo.getItems()));
        }
        combo.setFocus();
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    /** Presses a push button or toggles a check box, as a click does; fails if it is disabled. */
    public void press(org.eclipse.swt.widgets.Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("button '" + readable(button.getText()) + "' is disabled");
        }
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    /**
     * Selects the tree item found by following item texts from the top, each step matching the
     * start of an item's text and expanding it on the way, as a person clicks down a tree. Waits
     * at each step for the item to appear, as children may be read in the background.
     */
    public TreeItem selectPath(Tree tree, String... starts) {
        TreeItem item = null;
        for (String start : starts) {
            TreeItem parent = item;
            AtomicReference<TreeItem> found = new AtomicReference<>();
            waitUntil("a tree item starting '" + start + "'", () -> {
                if (parent != null) {
                    expand(tree, parent);
                }
                TreeItem[] level = parent == null ? tree.getItems() : parent.getItems();
                Arrays.stream(level).filter(i -> i.getText().startsWith(start)).findFirst().ifPresent(found::set);
                return found.get() != null;
            });
            item = found.get();
        }
        return choose(tree, item);
    }

    private TreeItem choose(Tree tree, TreeItem item) {
        tree.setFocus();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        processEvents();
        return item;
    }

    /** Texts of the top-level items of a tree, first column. */
    public List<String> treeItems(Tree tree) {
        return Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    }

    /** Selects the top-level tree item with this text, as a click does. */
    public TreeItem select(Tree tree, String text) {
        return choose(tree, Arrays.stream(tree.getItems()).filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no item '" + text + "' in " + treeItems(tree))));
    }

    /** Expands a tree item, as a click on its arrow does, and returns its children's texts. */
    public List<String> expand(Tree tree, TreeItem item) {
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Expand, event);
        item.setExpanded(true);
        processEvents();
        return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
    }

    /** Opens a tree item, as a double-click or Enter does. */
    public void open(Tree tree, TreeItem item) {
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.DefaultSelection, event);
        processEvents();
    }

    /** The cell texts of a table, row by row, as shown. */
    public List<List<String>> rows(org.eclipse.swt.widgets.Table table) {
        int columns = Math.max(1, table.getColumnCount());
        return Arrays.stream(table.getItems())
                .map(item -> java.util.stream.IntStream.range(0, columns).mapToObj(item::getText).toList()).toList();
    }

    /**
     * Types into a table cell that edits in place, as a person does: selects the row, clicks
     * the cell, replaces the text in the editor that opens and presses Enter.
     */
    public void editCell(org.eclipse.swt.widgets.Table table, int row, int column, String text) {
        org.eclipse.swt.widgets.TableItem item = table.getItem(row);
        table.setFocus();
        table.setSelection(row);
        table.showItem(item);
        Event select = new Event();
        select.item = item;
        table.notifyListeners(SWT.Selection, select);
        processEvents();
        org.eclipse.swt.graphics.Rectangle cell = item.getBounds(column);
        Event click = new Event();
        click.button = 1;
        click.count = 1;
        click.x = cell.x + cell.width / 2;
        click.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseDown, click);
        processEvents();
        String where = "an editor in row " + row + ", column " + column + " of the table";
        waitUntil(where, () -> cellEditor(table) != null);
        org.eclipse.swt.widgets.Text editor = cellEditor(table);
        editor.setText(text);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
    }

    private org.eclipse.swt.widgets.Text cellEditor(org.eclipse.swt.widgets.Table table) {
        return findAll(table, org.eclipse.swt.widgets.Text.class, t -> t.isVisible()).stream().findFirst()
                .orElse(null);
    }

    /** Waits until {@code root} shows {@code text} (as {@link #texts} reads it), then returns all it shows. */
    public List<String> waitForText(Control root, String text) {
        waitUntil("'" + text + "' to show", () -> texts(root).contains(text));
        return texts(root);
    }

    /** The texts a person reads in {@code root}: labels, text fields, buttons, in layout order. */
    public List<String> texts(Control root) {
        List<String> texts = new ArrayList<>();
        for (Control control : findAll(root, Control.class, c -> true)) {
            String text = switch (control) {
                case org.eclipse.swt.widgets.Label label -> label.getText();
                case org.eclipse.swt.widgets.Text field -> field.getText();
                case org.eclipse.swt.widgets.Button button -> button.getText();
                default -> "";
            };
            if (!text.isBlank()) {
                texts.add(readable(text));
            }
        }
        return texts;
    }

    /** Saves a PNG of {@code control} as drawn now. */
    public java.nio.file.Path screenshot(Control control, java.nio.file.Path file) {
        return Screenshots.save(control, file);
    }

    /** A label as read: mnemonic ampersands and accelerator text removed. */
    public static String readable(String label) {
        String text = label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
        int tab = text.indexOf('\t');
        return tab >= 0 ? text.substring(0, tab) : text;
    }
}
