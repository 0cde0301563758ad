package org.stroma.reporting.data;

import java.util.Optional;

import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;

/** A subject's CONSORT path as its recorded events tell it. */
final class SubjectPath {

    private final Subject subject;

    SubjectPath(Subject subject) {
        this.subject = subject;
    }

    boolean reached(SubjectState state) {
        return event(state).isPresent();
    }

    /** Randomized: allocated an arm (the arm itself may be hidden from a blinded user). */
    boolean randomized() {
        return subject.getAllocatedArm() != null || reached(SubjectState.ALLOCATED);
    }

    Optional<SubjectEvent> event(SubjectState state) {
        return subject.getEvents().stream().filter(e -> e.getState() == state).findFirst();
    }

    /** The reason recorded with the first event of {@code state}, or "reason not recorded". */
    String reason(SubjectState state) {
        return event(state).map(SubjectEvent::getReason).filter(r -> r != null && !r.isBlank())
                .orElse("reason not recorded");
    }
}
