/**
 * Dosing in the workbench: the Cell Dose Calculator part and the handler that shows it. The
 * arithmetic, parsing and formats are the {@code org.stroma.dosing} bundle's; these classes only
 * read fields and show results.
 */
package org.stroma.ui.dosing;
