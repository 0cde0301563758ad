package org.stroma.demo;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;

/** Hand function and hand measurements in SSc: Cochin, Kapandji, finger circumference, ulcers, perfusion. */
final class HandForms {

    private HandForms() {
    }

    /** Every Cochin task scored around one level of difficulty (0 none to 5 impossible). */
    static ItemValues cochin(Instrument cochin, double difficulty, Chance chance) {
        ItemValues.Builder values = ItemValues.builder();
        for (ItemDefinition task : cochin.items()) {
            values.put(task.code(), chance.grade(difficulty, 0.8, 0, 5));
        }
        return values.build();
    }

    static ItemValues kapandji(int rightHand, int leftHand) {
        return ItemValues.builder().put("rightHand", rightHand).put("leftHand", leftHand).build();
    }

    /**
     * Circumference at the PIP joint of the 2nd-5th finger of both hands, around one person's
     * index finger size.
     */
    static ItemValues fingerCircumference(Instrument fingers, double indexFingerMm, Chance chance) {
        ItemValues.Builder values = ItemValues.builder();
        for (ItemDefinition finger : fingers.items()) {
            values.put(finger.code(), chance.normal(indexFingerMm + offset(finger.code()), 1.2, 40, 100, 1));
        }
        return values.build();
    }

    /** The same fingers later, each changed by about {@code changeMm} (negative: less swelling). */
    static ItemValues fingerCircumferenceLater(ItemValues before, double changeMm, Chance chance) {
        ItemValues.Builder later = before.toBuilder();
        for (String code : before.codes()) {
            double mm = before.number(code).orElseThrow();
            later.put(code, chance.normal(mm + changeMm, 0.6, 40, 100, 1));
        }
        return later.build();
    }

    private static double offset(String code) {
        if (code.contains("Middle")) {
            return 2.5;
        }
        if (code.contains("Ring")) {
            return -1.5;
        }
        return code.contains("Little") ? -8 : 0;
    }

    static ItemValues digitalUlcers(int count) {
        return ItemValues.builder().put("count", count).build();
    }

    static ItemValues capillaryRefill(double seconds) {
        return ItemValues.builder().put("refillTime", seconds).build();
    }

    static ItemValues skinTemperature(double celsius) {
        return ItemValues.builder().put("temperature", celsius).build();
    }
}
