package org.stroma.randomization;

/**
 * A sealed emergency envelope: what a site opens when the system cannot be reached.
 *
 * @param siteId the site holding the envelope
 * @param number the number printed on the envelope, from 1; envelopes are opened in order
 * @param armId  the arm sealed inside
 * @since 0.1
 */
public record Envelope(String siteId, int number, String armId) {
}
