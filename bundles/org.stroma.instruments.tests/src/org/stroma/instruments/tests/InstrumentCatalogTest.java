package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.Instrument;
import org.stroma.instruments.InstrumentCatalog;
import org.stroma.instruments.ModifiedRodnanSkinScore;
import org.stroma.instruments.VasPain;

class InstrumentCatalogTest {

    /** A later mRSS, as a plugin would contribute it. */
    static final class ModifiedRodnanSkinScoreVersion2 extends ModifiedRodnanSkinScore {
        @Override
        public int version() {
            return 2;
        }
    }

    @Test
    void findsInstrumentsByIdAndListsThemById() {
        InstrumentCatalog catalog = new InstrumentCatalog();
        BuiltInInstruments.all().forEach(catalog::addInstrument);

        assertEquals(13, catalog.instruments().size());
        assertEquals("capillary-refill-time", catalog.instruments().get(0).id());
        assertEquals("vas-pain", catalog.instruments().get(12).id());
        assertEquals("mRSS", catalog.instrument("mrss").orElseThrow().shortName());
        assertEquals(Optional.empty(), catalog.instrument("unknown"));
    }

    @Test
    void anInstrumentThatGoesAwayIsNoLongerFound() {
        InstrumentCatalog catalog = new InstrumentCatalog();
        VasPain vas = new VasPain();
        catalog.addInstrument(vas);
        catalog.addInstrument(new ModifiedRodnanSkinScore());

        catalog.removeInstrument(vas);

        assertTrue(catalog.instrument("vas-pain").isEmpty());
        assertEquals(List.of("mrss"), catalog.instruments().stream().map(Instrument::id).toList());
    }

    @Test
    void theNewestVersionOfAnIdAnswers() {
        InstrumentCatalog catalog = new InstrumentCatalog();
        Instrument newer = new ModifiedRodnanSkinScoreVersion2();
        catalog.addInstrument(newer);
        catalog.addInstrument(new ModifiedRodnanSkinScore());

        assertSame(newer, catalog.instrument("mrss").orElseThrow());
        assertEquals(List.of(1, 2), catalog.instruments().stream().map(Instrument::version).toList());
    }
}
