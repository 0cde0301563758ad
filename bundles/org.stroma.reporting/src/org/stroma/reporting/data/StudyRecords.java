package org.stroma.reporting.data;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.Identified;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;

/** Finding a subject or procedure a report parameter names, and the records a subject owns. */
final class StudyRecords {

    private StudyRecords() {
    }

    /** The subject with this subject id, screening id or record id. */
    static Subject subject(Study study, String id) {
        return study.getSubjects().stream()
                .filter(s -> id.equals(s.getSubjectId()) || id.equals(s.getScreeningId()) || id.equals(s.getId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("study " + study.getId()
                        + " has no subject '" + id + "' you may see (give its subject id, screening id or record id)"));
    }

    /** The subject's procedure with this record id, or whose id ends with "-" + {@code id}. */
    static Procedure procedure(Subject subject, String id) {
        return subject.getProcedures().stream().filter(p -> p.getId().equals(id) || p.getId().endsWith("-" + id))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("subject " + label(subject)
                        + " has no procedure '" + id + "'; its procedures are "
                        + subject.getProcedures().stream().map(Procedure::getId).toList()));
    }

    /** The subject's own record id and those of every record it contains. */
    static Set<String> ids(EObject owner) {
        Set<String> ids = new LinkedHashSet<>();
        if (owner instanceof Identified identified) {
            ids.add(identified.getId());
        }
        owner.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified identified) {
                ids.add(identified.getId());
            }
        });
        return ids;
    }

    /** Subject id once enrolled, else the screening id. */
    static String label(Subject subject) {
        return subject.getSubjectId() != null && !subject.getSubjectId().isBlank() ? subject.getSubjectId()
                : subject.getScreeningId();
    }
}
