/**
 * The built-in clinical instruments of Stroma Workbench, each an OSGi service of
 * {@link org.stroma.instrument.api.Instrument}, and the registry that collects them with any
 * instrument a plugin contributes. Scoring decisions are stated in each instrument's
 * description and class comment.
 */
package org.stroma.instruments;
