/**
 * Built-in tests of contingency tables: Fisher's exact test (2 x 2 and r x c) with R's
 * conditional maximum-likelihood odds ratio, and Pearson's chi-square test with Yates'
 * continuity correction option.
 */
package org.stroma.analysis.table;
