package org.stroma.demo;

import java.util.List;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;

/**
 * Skin scores as a clinician would find them: mRSS in SSc with hand involvement, LoSCAT in
 * inactive LoS with atrophy. A later form is derived from the earlier one of the same person,
 * so change from baseline reads like a real patient's.
 */
final class SkinForms {

    private static final String HANDS = "hands";

    private SkinForms() {
    }

    /** mRSS: fingers and dorsum of hand worst; the limited subtype spares trunk and proximal limbs. */
    static ItemValues mrss(Instrument mrss, boolean diffuse, Chance chance) {
        ItemValues.Builder values = ItemValues.builder();
        for (ItemDefinition site : mrss.items()) {
            values.put(site.code(), chance.grade(meanGrade(site, diffuse), 0.7, 0, 3));
        }
        return values.build();
    }

    /** Each hand site softens by one grade with this probability; elsewhere the odd grade moves either way. */
    static ItemValues mrssLater(Instrument mrss, ItemValues before, double handImprovement, Chance chance) {
        ItemValues.Builder later = before.toBuilder();
        for (ItemDefinition site : mrss.items()) {
            double grade = before.number(site.code()).orElseThrow();
            if (HANDS.equals(site.group())) {
                grade -= grade > 0 && chance.chance(handImprovement) ? 1 : 0;
            } else if (chance.chance(0.1)) {
                grade = Math.clamp(grade + (chance.chance(0.5) ? 1 : -1), 0, 3);
            }
            later.put(site.code(), grade);
        }
        return later.build();
    }

    private static double meanGrade(ItemDefinition site, boolean diffuse) {
        String code = site.code();
        if (code.endsWith("Fingers")) {
            return 2.0;
        }
        if (code.endsWith("DorsumOfHand")) {
            return 1.5;
        }
        if (code.endsWith("Forearm")) {
            return diffuse ? 1.6 : 0.6;
        }
        if (code.equals("face")) {
            return diffuse ? 1.2 : 0.8;
        }
        if (code.endsWith("Foot")) {
            return diffuse ? 0.8 : 0.3;
        }
        return diffuse ? 0.9 : 0.0; // upper arms, trunk, thighs, lower legs
    }

    /**
     * LoSCAT of inactive disease: little erythema or thickening, atrophy and dyspigmentation at the
     * affected sites (LoSCAT site codes, e.g. head, neck); unaffected sites are left blank.
     */
    static ItemValues loscat(List<String> affectedSites, double atrophy, double pgaD, Chance chance) {
        ItemValues.Builder values = ItemValues.builder();
        for (String site : affectedSites) {
            values.put(site + ".erythema", chance.grade(0.1, 0.4, 0, 3));
            values.put(site + ".skinThickness", chance.grade(0.4, 0.5, 0, 3));
            values.put(site + ".dermalAtrophy", chance.grade(atrophy - 0.6, 0.6, 0, 3));
            values.put(site + ".subcutaneousAtrophy", chance.grade(atrophy, 0.6, 1, 3));
            values.put(site + ".dyspigmentation", chance.grade(1.2, 0.8, 0, 3));
        }
        values.put("pgaA", chance.normal(5, 4, 0, 20, 0));
        values.put("pgaD", chance.normal(pgaD, 10, 10, 90, 0));
        return values.build();
    }

    /**
     * After the graft: subcutaneous atrophy is one grade less with probability {@code filled},
     * dermal atrophy with half that; the physician's damage rating falls by {@code pgaDDrop} mm on average.
     */
    static ItemValues loscatLater(ItemValues before, double filled, double pgaDDrop, Chance chance) {
        ItemValues.Builder later = before.toBuilder();
        for (String code : before.codes()) {
            double grade = before.number(code).orElseThrow();
            if (code.endsWith(".subcutaneousAtrophy") && grade > 0 && chance.chance(filled)) {
                later.put(code, grade - 1);
            } else if (code.endsWith(".dermalAtrophy") && grade > 0 && chance.chance(filled / 2)) {
                later.put(code, grade - 1);
            }
        }
        later.put("pgaA", chance.normal(4, 3, 0, 20, 0));
        double pgaD = before.number("pgaD").orElseThrow();
        later.put("pgaD", chance.normal(pgaD - pgaDDrop, 5, 0, pgaD, 0));
        return later.build();
    }
}
