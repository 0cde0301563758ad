package org.stroma.store.internal;

/**
 * One line of difference between the stored and the saved study, as the audit trail records it.
 *
 * @param action   CREATE or DELETE (a record) or SET (a field)
 * @param field    the field for SET, empty otherwise
 * @param oldValue text before (null when none)
 * @param newValue text after (null when removed)
 */
record RecordChange(String action, String objectId, String type, String field, String oldValue, String newValue) {

    static final String CREATE = "CREATE";
    static final String DELETE = "DELETE";
    static final String SET = "SET";

    /** A change to data entered before: needs a reason for change. */
    boolean altersEnteredData() {
        return DELETE.equals(action) || (SET.equals(action) && oldValue != null);
    }
}
