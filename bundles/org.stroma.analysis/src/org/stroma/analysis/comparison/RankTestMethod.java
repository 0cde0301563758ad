package org.stroma.analysis.comparison;

/** How the p-value of a rank test is computed. */
public enum RankTestMethod {
    /** Exact when n < 50 (each group, for Mann-Whitney) and there are no ties or zeros, as R decides. */
    AUTO,
    /** Exact whenever there are no ties or zeros, whatever n. */
    EXACT,
    /** Normal approximation with tie correction (and continuity correction if chosen). */
    NORMAL_APPROXIMATION
}
