/**
 * Analysis inputs from a stored study, the one way the workbench and the command line build
 * them: what a study offers to analyse (outcomes, visits, baselines), each enrolled subject's
 * value of an outcome at a visit grouped by allocated arm or paired baseline to visit, and why a
 * value is missing (no assessment, withdrawn, lost to follow-up). The study is read as the caller
 * loaded it, so site scope and blinding already apply; refusals are
 * {@link org.stroma.analysis.api.AnalysisInputException}s naming what the study has instead.
 */
package org.stroma.analysis.study;
