/**
 * Built-in inter-rater agreement analyses: intraclass correlation coefficients (Shrout and
 * Fleiss 1979 forms, named also as McGraw and Wong 1996) and Cohen's kappa, unweighted and
 * weighted (linear or quadratic) for ordinal scales.
 */
package org.stroma.analysis.agreement;
