package org.stroma.store;

/**
 * How many subjects a study holds.
 *
 * @param screened every subject record, screen failures included
 * @param enrolled subjects whose path has an enrolment
 */
public record SubjectCounts(int screened, int enrolled) {
}
