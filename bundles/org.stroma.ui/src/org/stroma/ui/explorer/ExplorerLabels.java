package org.stroma.ui.explorer;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Site;
import org.stroma.model.study.Subject;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.VisitDefinition;
import org.stroma.store.StudySummary;
import org.stroma.study.eligibility.Enrolment;
import org.stroma.ui.subject.SubjectLabels;

/** How the explorer names each kind of record in its first column. */
final class ExplorerLabels {

    private ExplorerLabels() {
    }

    static String of(Object element) {
        return switch (element) {
            case StudySummary study -> study.acronym();
            case StudyTreeContent.Group group -> group.label();
            case StudyTreeContent.Reading reading -> reading.message();
            case Site site -> site.getCode() + " " + site.getName();
            case Arm arm -> arm.getCode() + " " + arm.getName();
            case VisitDefinition visit -> visit.getCode() + " " + visit.getName() + " (day " + visit.getTargetDay() + ")";
            case Subject subject -> subjectLabel(subject);
            case Assessment form -> form.getInstrumentId() + " " + SubjectLabels.day(form.getDate());
            default -> String.valueOf(element);
        };
    }

    /** Subject id once enrolled, else the screening id; then the last step on its path. */
    private static String subjectLabel(Subject subject) {
        return SubjectLabels.id(subject) + " " + SubjectLabels.state(Enrolment.currentState(subject));
    }
}
