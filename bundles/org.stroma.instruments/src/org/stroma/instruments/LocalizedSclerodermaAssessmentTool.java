package org.stroma.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.Items.Site;

/**
 * LoSCAT: activity (mLoSSI) and damage (LoSDI) over 18 anatomic sites, plus the physician
 * global assessments of activity and damage. Item codes are {@code <site>.<feature>},
 * e.g. {@code rightForearm.erythema}. Site items are optional: a site left blank is
 * unaffected and counts 0, so an assessor records only the sites with lesions.
 */
@Component(service = Instrument.class)
public class LocalizedSclerodermaAssessmentTool implements Instrument {

    /** New lesion or extension is recorded yes/no and weighs 3 in mLoSSI. */
    static final int NEW_LESION_WEIGHT = 3;

    private static final List<Site> SITES = sites();
    private static final List<String> ACTIVITY = List.of("erythema", "skinThickness");
    private static final List<String> DAMAGE = List.of("dermalAtrophy", "subcutaneousAtrophy", "dyspigmentation");
    private static final String NEW_LESION = "newLesion";

    private static final List<ItemDefinition> ITEMS = buildItems();

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("mlossi", "mLoSSI (activity)", 0, 18 * 9),
            new ScoreDefinition("losdi", "LoSDI (damage)", 0, 18 * 9),
            new ScoreDefinition("pgaA", "PGA-A (physician global assessment of activity)", 0, 100, "mm"),
            new ScoreDefinition("pgaD", "PGA-D (physician global assessment of damage)", 0, 100, "mm"));

    public LocalizedSclerodermaAssessmentTool() {
    }

    @Override
    public String id() {
        return "loscat";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Localized Scleroderma Cutaneous Assessment Tool";
    }

    @Override
    public String shortName() {
        return "LoSCAT";
    }

    @Override
    public String description() {
        return "Per anatomic site (18): erythema 0-3, skin thickness 0-3, new lesion or extension"
                + " (yes scores 3) give mLoSSI 0-162; dermal atrophy, subcutaneous atrophy and"
                + " dyspigmentation 0-3 give LoSDI 0-162. Each site is scored for its most severe lesion."
                + " Site items left blank count 0 (site unaffected). PGA-A and PGA-D (0-100 mm VAS)"
                + " are required.";
    }

    @Override
    public List<String> references() {
        return List.of(
                "Arkachaisri T, et al. The localized scleroderma skin severity index and physician global"
                        + " assessment of disease activity. J Rheumatol 2009;36:2819-29.",
                "Arkachaisri T, et al. Development and initial validation of the localized scleroderma"
                        + " skin damage index and physician global assessment of disease damage."
                        + " Rheumatology (Oxford) 2010;49:373-81.",
                "Kelsey CE, Torok KS. The Localized Scleroderma Cutaneous Assessment Tool:"
                        + " responsiveness to change in a pediatric clinical population."
                        + " J Am Acad Dermatol 2013;69:214-20.");
    }

    @Override
    public List<ItemDefinition> items() {
        return ITEMS;
    }

    @Override
    public List<ScoreDefinition> scores() {
        return SCORES;
    }

    @Override
    public Scores scoreValid(ItemValues values) {
        double activity = 0;
        double damage = 0;
        int sitesWithFindings = 0;
        for (Site site : SITES) {
            double siteActivity = sum(values, site, ACTIVITY)
                    + (values.isYes(site.code() + "." + NEW_LESION) ? NEW_LESION_WEIGHT : 0);
            double siteDamage = sum(values, site, DAMAGE);
            activity += siteActivity;
            damage += siteDamage;
            sitesWithFindings += siteActivity + siteDamage > 0 ? 1 : 0;
        }
        return Scores.of(this, values, Map.of(
                "mlossi", activity,
                "losdi", damage,
                "pgaA", values.number("pgaA").orElseThrow(),
                "pgaD", values.number("pgaD").orElseThrow()),
                List.of("sites with findings: " + sitesWithFindings + " of " + SITES.size()
                        + " (blank site items count 0)"));
    }

    private static double sum(ItemValues values, Site site, List<String> features) {
        return features.stream()
                .mapToDouble(feature -> values.number(site.code() + "." + feature).orElse(0.0))
                .sum();
    }

    /** The 18 LoSCAT sites: 6 of head and trunk, 6 limb segments on each side. */
    private static List<Site> sites() {
        List<Site> sites = new ArrayList<>(List.of(new Site("head", "Head"), new Site("neck", "Neck"),
                new Site("chest", "Chest"), new Site("abdomen", "Abdomen"),
                new Site("upperBack", "Upper back"), new Site("lowerBack", "Lower back")));
        for (String segment : List.of("arm", "forearm", "hand", "thigh", "leg", "foot")) {
            sites.addAll(Items.bilateral(segment, segment));
        }
        return List.copyOf(sites);
    }

    private static List<ItemDefinition> buildItems() {
        List<ItemDefinition> items = new ArrayList<>();
        for (Site site : SITES) {
            items.add(grade(site, "erythema", "erythema"));
            items.add(grade(site, "skinThickness", "skin thickness"));
            items.add(ItemDefinition.flag(site.code() + "." + NEW_LESION,
                    site.label() + ": new lesion or lesion extension (scores 3)").inGroup(site.label()));
            items.add(grade(site, "dermalAtrophy", "dermal atrophy"));
            items.add(grade(site, "subcutaneousAtrophy", "subcutaneous atrophy"));
            items.add(grade(site, "dyspigmentation", "dyspigmentation"));
        }
        items.add(ItemDefinition.decimal("pgaA", "Physician global assessment of activity (PGA-A)", 0, 100, "mm"));
        items.add(ItemDefinition.decimal("pgaD", "Physician global assessment of damage (PGA-D)", 0, 100, "mm"));
        return List.copyOf(items);
    }

    private static ItemDefinition grade(Site site, String feature, String label) {
        return ItemDefinition.integer(site.code() + "." + feature, site.label() + ": " + label, 0, 3)
                .optional().inGroup(site.label());
    }
}
