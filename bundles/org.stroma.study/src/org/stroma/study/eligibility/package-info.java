/**
 * Screening eligibility: checks a subject's recorded screening data against the study's
 * structured inclusion and exclusion criteria and decides whether enrolment may proceed.
 * <p>
 * Every criterion gets an explicit result with a sentence a study coordinator can read, and a
 * value that was never entered is reported as not recorded rather than guessed, so a missing
 * measurement can never let an ineligible subject through. Nothing here writes to storage: the
 * caller records the {@link org.stroma.model.study.EligibilityOverride} and its audit entry.
 */
package org.stroma.study.eligibility;
