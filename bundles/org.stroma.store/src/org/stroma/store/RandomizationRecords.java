package org.stroma.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * The allocation lists of a study and the allocations made from them. A list's content (its plan
 * with the seed, and its entries) is sealed: stored encrypted, never readable from the database
 * tables, and opened only through these methods. Who may call which is decided by the caller (the
 * security bundle), not here. Every write is one transaction with its audit rows.
 *
 * @since 0.1
 */
public interface RandomizationRecords {

    /** Audit action of a list created or replaced. */
    String PLAN = "RANDOMIZATION_PLAN";
    /** Audit action of an allocation made. */
    String RANDOMIZE = "RANDOMIZE";
    /** Audit action of a refused randomization. */
    String RANDOMIZE_REFUSED = "RANDOMIZE_REFUSED";
    /** Audit action of a sealed list read in full. */
    String LIST_READ = "ALLOCATION_LIST_READ";

    /**
     * Stores a list, sealed, replacing the study's list of the same purpose when no subject has
     * been allocated from that one yet. Audited with the list's description, never its content.
     *
     * @throws StoreException when subjects have been allocated from the list it would replace;
     *                        nothing is stored then
     */
    void saveList(AllocationListRecord list, ChangeContext change);

    /** The study's lists, their content unsealed, ordered by purpose. */
    List<AllocationListRecord> lists(String studyId);

    /** The study's list of this purpose, its content unsealed. */
    Optional<AllocationListRecord> list(String studyId, String purpose);

    /**
     * Records an allocation and saves {@code changed} (the allocated subject with its arm and
     * CONSORT step) in one transaction, with a {@link #RANDOMIZE} audit row besides the rows of
     * the saved fields. A subject is allocated once: a second allocation is refused.
     *
     * @throws StoreException when the subject has an allocation already, the list entry has been
     *                        used, or the records cannot be saved; nothing is saved then
     */
    void allocate(AllocationRecord allocation, org.stroma.model.study.Study study, Collection<? extends EObject> changed,
            ChangeContext change);

    /** The study's allocations in the order they were made. */
    List<AllocationRecord> allocations(String studyId);

    Optional<AllocationRecord> allocation(String studyId, String subjectId);
}
