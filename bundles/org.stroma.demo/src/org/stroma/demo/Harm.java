package org.stroma.demo;

import java.time.LocalDate;

import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Relatedness;

/**
 * An adverse event a study may see, as the investigator would grade and attribute it.
 *
 * @param onsetDay     days after day 0 the event starts at the earliest; it may start up to a week later
 * @param durationDays days it lasts; 0 when it has not resolved by the end of follow-up
 */
record Harm(String term, int ctcaeGrade, boolean serious, Relatedness relatedness, int onsetDay, int durationDays,
        String actionTaken) {

    AdverseEvent occur(LocalDate day0, Procedure procedure, Chance chance) {
        LocalDate onset = day0.plusDays(onsetDay + chance.between(0, 7));
        boolean resolved = durationDays > 0;
        AdverseEventOutcome outcome = resolved ? AdverseEventOutcome.RECOVERED : AdverseEventOutcome.RECOVERING;
        return Make.adverseEvent(term, onset, resolved ? onset.plusDays(durationDays + chance.between(0, 7)) : null,
                ctcaeGrade, serious, relatedness, outcome, actionTaken, procedure);
    }
}
