package org.stroma.exchange.csv;

/** The shape of an exported table. */
public enum CsvLayout {
    /** One row per item or score value: what R's tidyverse and mixed models read. */
    LONG,
    /** One row per subject and visit, a column per item and score: what SPSS and Stata read. */
    WIDE
}
