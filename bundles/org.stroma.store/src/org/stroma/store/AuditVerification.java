package org.stroma.store;

/**
 * The outcome of checking the audit trail's hash chain.
 *
 * @param entries     rows checked
 * @param intact      whether every row's hash matches its content and its predecessor
 * @param firstBroken sequence of the first row that does not match, 0 when intact
 * @param message     one sentence for the user
 */
public record AuditVerification(long entries, boolean intact, long firstBroken, String message) {
}
