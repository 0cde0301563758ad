package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.InstrumentRegistry;

/** The registry in the running framework sees every built-in instrument as a DS service. */
@ExtendWith(ServiceExtension.class)
class InstrumentRegistryServiceTest {

    @InjectService
    InstrumentRegistry registry;

    @Test
    void everyBuiltInIsRegisteredAsAService() {
        List<String> ids = registry.instruments().stream().map(Instrument::id).toList();
        List<String> expected = BuiltInInstruments.all().stream().map(Instrument::id).sorted().toList();
        assertEquals(expected, ids);
        assertEquals(13, ids.size());
        assertTrue(registry.instrument("haq-di").isPresent());
        assertTrue(registry.instrument("no-such-instrument").isEmpty());
    }
}
