package org.stroma.randomization.study;

import java.time.Instant;

/**
 * One line of a study's allocation log: an allocation made, or an emergency unblinding.
 *
 * @param event   {@code allocated}, {@code allocated (emergency envelope)} or {@code unblinded}
 * @param subject the subject's readable id
 * @param arm     the arm's code (empty for an unblinding)
 * @param by      the user
 * @param detail  stratum and number, minimization scores, envelope, or the unblinding's reason
 */
public record AllocationLogEntry(Instant at, String event, String subject, String arm, String by, String detail) {
}
