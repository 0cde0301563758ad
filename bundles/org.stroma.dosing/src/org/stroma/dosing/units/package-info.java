/**
 * Amounts as clinicians write them: units from the JSR 385 reference implementation (Indriya),
 * a strict parser for scientific notation ({@code 5 x 10^5 cells/mL}, {@code 5×10⁵},
 * {@code 5e5}) and a formatter for the forms used on case report forms
 * ({@code 1.0 × 10⁷ cells}, {@code 20.0 mL}).
 *
 * <p>Only Indriya's classes are used directly ({@code Units}, {@code Quantities},
 * {@code SimpleUnitFormat}); nothing here goes through {@code javax.measure.spi.ServiceProvider},
 * whose service lookup does not work inside OSGi.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.dosing.units;
