/**
 * Report definitions: the contract between a BIRT design and the data it is given. Plugins
 * contribute reports by registering {@link org.stroma.reporting.api.ReportDefinition} services.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.stroma.reporting.api;
