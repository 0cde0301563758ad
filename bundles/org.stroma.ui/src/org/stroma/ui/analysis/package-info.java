/**
 * The Analysis part (Analysis &gt; Run Analysis...): choose a study, an outcome, a visit and the
 * arms, choose an installed analysis that accepts that data, fill its generated settings form,
 * run it in a Job, and read the result as tables, the data used and charts; export it as CSV.
 * The inputs are built by {@code org.stroma.analysis.study}, the same code as
 * {@code stroma analyze}; studies are read only through the signed-in user's
 * {@link org.stroma.security.StudyAccess}, so site scope and blinding apply. The charts are in
 * {@code org.stroma.ui.analysis.chart}.
 */
package org.stroma.ui.analysis;
