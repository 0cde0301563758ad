/**
 * Injection plans: fixed volumes per site for the hands (each side of each finger joint, per
 * finger, thumb base, palm, dorsum) and for facial regions, with totals and the cells each site
 * receives at a given cell concentration.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.dosing.injection;
