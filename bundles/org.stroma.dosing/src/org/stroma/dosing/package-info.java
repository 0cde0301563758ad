/**
 * What every dosing calculation shares: the {@link org.stroma.dosing.Formula} that names and
 * versions it, the {@link org.stroma.dosing.DosingResult} contract that makes a result
 * storable with a subject's procedure, and the {@link org.stroma.dosing.DosingInputException}
 * that refuses nonsense and names the field to blame.
 *
 * <p>The calculations themselves live in sub-packages: {@code adsc} (cells per mL of fat and the
 * counted-product check), {@code expansion} (culture expansion plans), {@code svf} (SVF:fat
 * mixes and ECM/SVF-gel), {@code injection} (per-site injection plans); {@code units} parses and
 * formats amounts the way clinicians write them; {@code record} puts a result into words and into
 * the record saved with a subject's procedure.
 *
 * @since 0.1
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.stroma.dosing;
