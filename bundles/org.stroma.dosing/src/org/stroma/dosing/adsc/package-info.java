/**
 * ADSC-assisted fat grafting: how many cells to prepare for a dose in cells per mL of fat
 * (e.g. 5 x 10^5 ADSCs/mL), allowing for viability and processing losses, and whether a counted
 * product meets that dose within a tolerance.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.dosing.adsc;
