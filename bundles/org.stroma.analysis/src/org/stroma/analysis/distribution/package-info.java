/**
 * Probability distributions the built-in analyses need and no library here provides, such as
 * the studentized range distribution behind Tukey's HSD.
 */
package org.stroma.analysis.distribution;
