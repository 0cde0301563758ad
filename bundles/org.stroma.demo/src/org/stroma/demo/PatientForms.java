package org.stroma.demo;

import java.util.List;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;

/** What patients fill in themselves: pain VAS, the Raynaud's diary, HAQ-DI and SSc-HAQ. */
final class PatientForms {

    static final String MM = "mm";
    static final String CM = "cm";

    private static final List<String> SYSTEMIC_SCALES = List.of("intestinalVas", "breathingVas");

    private PatientForms() {
    }

    /** Pain on the 100 mm line, read in whole mm or, where a site reads it in cm, to 1 mm. */
    static ItemValues vasPain(double painMm, String unit) {
        double pain = CM.equals(unit) ? Chance.round(painMm / 10, 1) : Math.rint(painMm);
        return ItemValues.builder().put("pain", pain).put("unit", unit).build();
    }

    /**
     * A 14-day Raynaud's diary on the given scale ("0-10" or "0-100") around a mean on the 0-10
     * scale, with {@code missedDays} days left blank as patients do.
     */
    static ItemValues rcs(String scale, double meanOn0to10, int missedDays, Chance chance) {
        List<Integer> missed = chance.distinct(missedDays, 14);
        ItemValues.Builder values = ItemValues.builder().put("scale", scale);
        for (int day = 1; day <= 14; day++) {
            if (missed.contains(day - 1)) {
                continue;
            }
            double rating = "0-10".equals(scale) ? chance.grade(meanOn0to10, 1.3, 0, 10)
                    : chance.normal(meanOn0to10 * 10, 13, 0, 100, 0);
            values.put("day" + day, rating);
        }
        return values.build();
    }

    /**
     * HAQ-DI or SSc-HAQ: every question answered so that category scores, the highest answer of
     * each category, sit around one level of disability (0-3); aids or help marked with the given
     * probability; the SSc-HAQ scales around {@code vasLevel} (0-3),
     * gut and breathing lower because the study recruits for the hands.
     */
    static ItemValues haq(Instrument haq, double disability, double aidsProbability, double vasLevel,
            Chance chance) {
        ItemValues.Builder values = ItemValues.builder();
        for (ItemDefinition item : haq.items()) {
            switch (item.type()) {
                case INTEGER -> values.put(item.code(), chance.grade(disability - 0.4, 0.6, 0, 3));
                case BOOLEAN -> values.put(item.code(), chance.chance(aidsProbability));
                case DECIMAL -> values.put(item.code(), chance.normal(
                        SYSTEMIC_SCALES.contains(item.code()) ? vasLevel / 2 : vasLevel, 0.4, 0, 3, 1));
                case CHOICE -> throw new IllegalArgumentException(haq.id() + " has an unexpected choice item");
            }
        }
        return values.build();
    }
}
