/**
 * SVF-assisted fat grafting: volumes of SVF suspension and fat to mix for a volume ratio
 * (SVF:fat 1:1 in the facial LoS trial; a published hand protocol mixes 2 mL of SVF with 40 mL of
 * fat, 1:20) or for a target cell concentration, and ECM/SVF-gel volumes from lipoaspirate.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.dosing.svf;
