/**
 * The report service: one BIRT engine for the application, the installed reports, and their
 * rendering to PDF (fonts embedded), HTML and DOCX, each generation recorded in the audit trail.
 */
package org.stroma.reporting;
