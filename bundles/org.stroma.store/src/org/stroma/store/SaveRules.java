package org.stroma.store;

import java.util.Set;

/**
 * What a save may touch, for a caller that sees only part of a study (a blinded user, a user of
 * some sites). Withheld fields are kept as stored whatever the saved study holds: records under
 * a withheld containment field that the saved study lacks are kept, not deleted, and the stored
 * value of a withheld reference stays. The guard sees every change before anything is written
 * and refuses what the caller may not do.
 *
 * @param withheld names of the fields (containment lists such as {@code subjects} or
 *                 {@code procedures}, references such as {@code allocatedArm}) the caller does
 *                 not see
 * @param guard    called for every change of the save, in the save's transaction
 * @since 0.1
 */
public record SaveRules(Set<String> withheld, ChangeGuard guard) {

    /** A caller that sees the whole study and may change all of it. */
    public static final SaveRules NONE = new SaveRules(Set.of(), change -> { });

    public SaveRules {
        withheld = Set.copyOf(withheld);
    }

    /** Refuses a change by throwing {@link StoreException} with a message naming it. */
    @FunctionalInterface
    public interface ChangeGuard {
        void check(RecordEdit change);
    }

    /**
     * One change a save would make.
     *
     * @param action    {@code CREATE}, {@code DELETE} or {@code SET}
     * @param type      the record's EMF class name
     * @param objectId  the record's id
     * @param field     the field for SET, empty otherwise
     * @param newValue  the value a SET writes, as text (a referred record's id), null when cleared
     * @param ownerId   the top-level record (subject, arm, site...) it lies in; the study's id for
     *                  the study's own fields
     * @param ownerType that top-level record's EMF class name
     */
    public record RecordEdit(String action, String type, String objectId, String field, String newValue,
            String ownerId, String ownerType) {
    }
}
