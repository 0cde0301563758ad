/**
 * Clinical instruments: questionnaires, clinician scores and measurements, described by
 * their items and scores, and scored from the values of one form.
 *
 * <p>{@link org.stroma.instrument.api.Instrument} is the service interface providers implement;
 * {@link org.stroma.instrument.api.InstrumentRegistry} finds them. Values are checked before
 * scoring and refused with an {@link org.stroma.instrument.api.ItemValidationException} whose
 * message names the instrument, the item, the value and the allowed range.
 *
 * @since 1.0
 */
package org.stroma.instrument.api;
