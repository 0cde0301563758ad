/**
 * CSV export of assessments, one file per instrument, in the long layout (one row per value)
 * and the wide layout (one row per subject and visit) that R, SPSS and Stata users read.
 */
package org.stroma.exchange.csv;
