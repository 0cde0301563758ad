package org.stroma.instrument.api;

import java.util.List;
import java.util.Optional;

/**
 * The instruments available in the running workbench, built-in and contributed alike.
 *
 * @since 1.0
 */
public interface InstrumentRegistry {

    /** All instruments, ordered by id. */
    List<Instrument> instruments();

    /** The instrument with this id; its newest version when several are present. */
    Optional<Instrument> instrument(String id);
}
