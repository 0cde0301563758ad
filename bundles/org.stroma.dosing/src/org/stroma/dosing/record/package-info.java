/**
 * Dose calculations as records: {@link org.stroma.dosing.record.DoseReports} puts any dosing
 * result into words ({@link org.stroma.dosing.record.DoseReport}: the text {@code stroma dose}
 * prints, and the input and result lines that are saved),
 * {@link org.stroma.dosing.record.DoseCalculationRecord} makes the study model's
 * {@code DoseCalculation} of a result, and {@link org.stroma.dosing.record.ProcedureDosing} keeps
 * a procedure's calculations, oldest first and never edited.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.dosing.record;
