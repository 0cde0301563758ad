package org.stroma.randomization;

/**
 * One line of an allocation list.
 *
 * @param stratumKey the stratum's key ({@code all} for an unstratified list)
 * @param sequence   position within the stratum's list, from 1
 * @param block      block number within the stratum's list, from 1; 0 for simple randomization
 * @param blockSize  size of that block; 0 for simple randomization
 * @param armId      the arm allocated
 * @since 0.1
 */
public record ListEntry(String stratumKey, int sequence, int block, int blockSize, String armId) {
}
