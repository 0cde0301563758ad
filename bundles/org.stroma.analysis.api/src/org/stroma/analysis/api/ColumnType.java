package org.stroma.analysis.api;

/**
 * What a result column holds, so tables and reports format it without knowing the analysis.
 *
 * @since 1.0
 */
public enum ColumnType {
    /** Labels such as group names; cells are {@link String}. */
    TEXT(String.class),
    /** Counts; cells are {@link Long}. */
    INTEGER(Long.class),
    /** Estimates and statistics; cells are {@link Double}. */
    DECIMAL(Double.class),
    /** p-values, shown with their own rules (e.g. "< 0.001"); cells are {@link Double}. */
    P_VALUE(Double.class);

    private final Class<?> cellType;

    ColumnType(Class<?> cellType) {
        this.cellType = cellType;
    }

    /** The Java type of non-empty cells. */
    public Class<?> cellType() {
        return cellType;
    }
}
