package org.stroma.analysis.comparison;

/** Which within-group test change from baseline reports. */
public enum ChangeTest {
    /** Paired t-test and Wilcoxon signed-rank test. */
    BOTH,
    /** Paired t-test only. */
    PAIRED_T,
    /** Wilcoxon signed-rank test only. */
    WILCOXON
}
