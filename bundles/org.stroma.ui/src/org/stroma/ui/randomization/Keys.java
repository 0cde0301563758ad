package org.stroma.ui.randomization;

/** Widget data keys naming what a widget holds, as in the workbench's other forms, for tests and readers. */
final class Keys {

    /** An input, e.g. {@code method}, {@code factor:site}, {@code trials}, {@code reason}. */
    static final String FIELD = "stroma.field";
    /** A table, e.g. {@code diagnostics}, {@code shares}, {@code allocationLog}. */
    static final String TABLE = "stroma.table";
    /** A result shown, e.g. {@code sealed}, {@code arm}, {@code allocation}. */
    static final String RESULT = "stroma.result";

    private Keys() {
    }
}
