package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instruments.CapillaryRefillTime;
import org.stroma.instruments.DigitalUlcerCount;
import org.stroma.instruments.SkinTemperature;

/** Digital ulcer count, capillary refill time and skin temperature: the measured value is the score. */
class SimpleMeasuresTest {

    private static ItemValues one(String code, double value) {
        return ItemValues.builder().put(code, value).build();
    }

    @Nested
    class DigitalUlcers {
        private final DigitalUlcerCount ulcers = new DigitalUlcerCount();

        @Test
        void countIsTheScore() {
            assertEquals(3, score(scored(ulcers, one("count", 3)), "count"), EXACT);
            assertEquals(0, score(scored(ulcers, one("count", 0)), "count"), EXACT);
            assertEquals(50, score(scored(ulcers, one("count", 50)), "count"), EXACT);
        }

        @Test
        void refusals() {
            assertEquals("DU count item \"count\": 51 is outside 0-50", refusal(ulcers, one("count", 51)));
            assertEquals("DU count item \"count\": 2.5 is not a whole number", refusal(ulcers, one("count", 2.5)));
            assertEquals("DU count item \"count\": required but missing", refusal(ulcers, ItemValues.empty()));
            assertEquals("DU count item \"ulcers\": not an item of DU count",
                    refusal(ulcers, one("count", 1).toBuilder().put("ulcers", 1).build()));
        }
    }

    @Nested
    class RefillTime {
        private final CapillaryRefillTime crt = new CapillaryRefillTime();

        @Test
        void secondsAreTheScore() {
            assertEquals(2.5, score(scored(crt, one("refillTime", 2.5)), "refillTime"), EXACT);
            assertEquals(20, score(scored(crt, one("refillTime", 20)), "refillTime"), EXACT);
        }

        @Test
        void refusals() {
            assertEquals("CRT item \"refillTime\": 20.1 is outside 0-20", refusal(crt, one("refillTime", 20.1)));
            assertEquals("CRT item \"refillTime\": -0.1 is outside 0-20", refusal(crt, one("refillTime", -0.1)));
            assertEquals("CRT item \"refillTime\": required but missing", refusal(crt, ItemValues.empty()));
        }
    }

    @Nested
    class Temperature {
        private final SkinTemperature temperature = new SkinTemperature();

        @Test
        void degreesAreTheScore() {
            assertEquals(31.2, score(scored(temperature, one("temperature", 31.2)), "temperature"), EXACT);
            assertEquals(15, score(scored(temperature, one("temperature", 15)), "temperature"), EXACT);
            assertEquals(40, score(scored(temperature, one("temperature", 40)), "temperature"), EXACT);
        }

        @Test
        void refusals() {
            assertEquals("Skin temperature item \"temperature\": 14.9 is outside 15-40",
                    refusal(temperature, one("temperature", 14.9)));
            assertEquals("Skin temperature item \"temperature\": 40.5 is outside 15-40",
                    refusal(temperature, one("temperature", 40.5)));
            assertEquals("Skin temperature item \"temperature\": required but missing",
                    refusal(temperature, ItemValues.empty()));
        }
    }
}
