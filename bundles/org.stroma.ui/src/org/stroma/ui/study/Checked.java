package org.stroma.ui.study;

/**
 * What the user typed, judged: either accepted as a value for the study, or refused with a
 * message that says why and what to type instead.
 */
record Checked<T>(T value, String problem) {

    static <T> Checked<T> accepted(T value) {
        return new Checked<>(value, null);
    }

    static <T> Checked<T> refused(String problem) {
        return new Checked<>(null, problem);
    }

    boolean isAccepted() {
        return problem == null;
    }
}
