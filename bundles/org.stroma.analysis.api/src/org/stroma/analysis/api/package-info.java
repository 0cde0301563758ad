/**
 * Statistical analyses as OSGi services: what an analysis is, what data it takes, how it is
 * configured and what it returns.
 *
 * <p>Providers implement {@link org.stroma.analysis.api.Analysis} and register it as a
 * Declarative Services component of that type; no plugin.xml and no change to the core is
 * needed. {@link org.stroma.analysis.api.AnalysisRegistry} collects them. Inputs are the
 * sealed family {@link org.stroma.analysis.api.AnalysisInput} (independent groups, paired
 * values, ratings, contingency tables, repeated visits). Settings are plain Java records whose
 * components carry {@link org.stroma.analysis.api.Setting}, so a form can be generated from
 * them ({@link org.stroma.analysis.api.SettingsSchema}). Results
 * ({@link org.stroma.analysis.api.AnalysisResult}) are typed tables plus chart hints that
 * tables, charts and reports render without knowing the analysis, and they carry everything
 * needed to reproduce them: analysis id and version, input, settings and the data actually used.
 *
 * <p>Analyses evolve by adding a new id and {@linkplain org.stroma.analysis.api.Deprecation
 * deprecating} the old one, which stays registered so stored results can be re-run.
 *
 * @since 1.0
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.stroma.analysis.api;
