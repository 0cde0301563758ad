/**
 * Built-in descriptive analyses: summaries by group and graft volume retention by group and visit.
 */
package org.stroma.analysis.descriptive;
