package org.stroma.analysis.study;

import org.stroma.model.study.VisitDefinition;

/**
 * What to analyse in a study: one of its outcome measures, or any instrument score.
 *
 * @param code what names it: the outcome measure code ({@code P1}) or {@code INSTRUMENT:SCORE}
 *        ({@code mrss:hand})
 * @param label the outcome as shown, e.g. "P1: Change in hand mRSS"
 * @param variable what was measured, e.g. "Change in hand mRSS"
 * @param instrumentId the instrument whose assessments hold the values
 * @param scoreCode the score of that instrument
 * @param timePoint the outcome measure's visit, or null for an instrument score
 */
public record StudyOutcome(String code, String label, String variable, String instrumentId, String scoreCode,
        VisitDefinition timePoint) {
}
