/**
 * Culture expansion of adipose-derived stem cells: from lipoaspirate and SVF yield through
 * primary culture and passages to a target cell number, with the days, the culture vessels and
 * a flag when the plan passes the protocol's maximum passage.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.dosing.expansion;
