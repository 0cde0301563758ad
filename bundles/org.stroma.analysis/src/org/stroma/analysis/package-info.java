/**
 * The analysis registry component and what the built-in analyses share: the base class that
 * checks input kind and settings, confidence-level settings, per-group summaries and the
 * extraction of the values an analysis uses (with exclusions and their reasons).
 */
package org.stroma.analysis;
