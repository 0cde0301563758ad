/**
 * Dosing in the workbench: the Cell Dose Calculator part and the handler that shows it, and the
 * same calculator in a dialog for one procedure, whose results the subject editor saves with it.
 * The arithmetic, parsing, formats and saved records are the {@code org.stroma.dosing} bundle's;
 * these classes only read fields and show results.
 */
package org.stroma.ui.dosing;
