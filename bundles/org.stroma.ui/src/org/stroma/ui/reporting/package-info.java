/**
 * The Reports part: a report of a study chosen with its parameters, previewed page by page and
 * exported as PDF, HTML or DOCX, rendered in a background job that can be canceled.
 */
package org.stroma.ui.reporting;
