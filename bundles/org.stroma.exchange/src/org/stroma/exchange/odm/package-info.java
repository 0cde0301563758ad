/**
 * CDISC ODM 1.3.2 export and import of a whole study: design, subjects' data and audit trail.
 *
 * <p>{@link org.stroma.exchange.odm.OdmExport} writes a study as an ODM snapshot; what ODM has
 * no element for goes in the Stroma extension namespace {@code http://stroma.org/odm/1.0},
 * defined by the bundle's {@code schema/stroma-odm-extension.xsd} the way Define-XML extends
 * ODM. {@link org.stroma.exchange.odm.OdmImport} validates a file against
 * {@link org.stroma.exchange.odm.OdmSchemas} and builds the study and its history back, refusing
 * a file with a message that names the line, the column and the problem.
 */
package org.stroma.exchange.odm;
