/**
 * Built-in comparisons of groups and of paired values: one-way ANOVA with Tukey's HSD, Student,
 * Welch and paired t-tests, Wilcoxon signed-rank, Mann-Whitney, Kruskal-Wallis and change from
 * baseline. Tests that Apache Commons Statistics implements are delegated to it.
 */
package org.stroma.analysis.comparison;
