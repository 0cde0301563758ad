package org.stroma.study.eligibility;

import java.util.List;
import java.util.Locale;

import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.DiagnosisCriterion;
import org.stroma.model.study.Subject;

/** Checks the subject's diagnosis and, where the criterion lists subtypes, the subtype. */
final class DiagnosisCheck {

    private DiagnosisCheck() {
    }

    static Condition check(DiagnosisCriterion criterion, Subject subject) {
        if (!subject.isSetDiagnosis() || subject.getDiagnosis() == null) {
            return Condition.notRecorded("diagnosis not recorded");
        }
        String actual = words(subject.getDiagnosis());
        if (subject.getDiagnosis() != criterion.getDiagnosis()) {
            return Condition.notMet("diagnosis " + actual + " is not " + words(criterion.getDiagnosis()));
        }
        List<String> allowed = criterion.getAllowedSubtypes();
        String subtype = subject.getSubtype();
        if (!allowed.isEmpty()) {
            if (subtype == null || subtype.isBlank()) {
                return Condition.notRecorded("diagnosis " + actual + " but subtype not recorded (must be one of "
                        + String.join(", ", allowed) + ")");
            }
            // Exact match, ignoring case and surrounding spaces: subtypes are picked from the protocol's list.
            if (allowed.stream().noneMatch(a -> a.trim().equalsIgnoreCase(subtype.trim()))) {
                return Condition.notMet("subtype '" + subtype + "' is not one of " + String.join(", ", allowed));
            }
        }
        return Condition.met("diagnosis " + actual + (subtype == null || subtype.isBlank() ? "" : " (" + subtype + ")")
                + support(criterion, subject));
    }

    /** Says whether the instrument that may support the diagnosis (e.g. LoSCAT) is on record; it is not required. */
    private static String support(DiagnosisCriterion criterion, Subject subject) {
        String instrument = criterion.getSupportingInstrumentId();
        if (instrument == null || instrument.isBlank()) {
            return "";
        }
        boolean assessed = subject.getAssessments().stream().anyMatch(a -> instrument.equals(a.getInstrumentId()));
        return assessed ? "; supported by a " + instrument + " assessment" : "; no " + instrument + " assessment on record";
    }

    private static String words(Diagnosis diagnosis) {
        return diagnosis == null ? "none given" : diagnosis.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
