package org.stroma.ui.study;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Registry;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;

/**
 * Checks on what the coordinator types into a study's general fields and site names. A value
 * refused here never reaches the study: the field shows the message and the study keeps its
 * value.
 */
final class DesignRules {

    static final int ACRONYM_LENGTH = 32;

    private DesignRules() {
    }

    static Checked<String> title(String text) {
        String title = text.strip();
        return title.isEmpty() ? Checked.refused("The study needs a title, as registered.") : Checked.accepted(title);
    }

    static Checked<String> acronym(String text) {
        String acronym = text.strip();
        if (acronym.isEmpty()) {
            return Checked.refused("The study needs an acronym: the Study Explorer lists it by that.");
        }
        if (acronym.length() > ACRONYM_LENGTH) {
            return Checked.refused("Keep the acronym to " + ACRONYM_LENGTH + " characters; it has " + acronym.length()
                    + ".");
        }
        return Checked.accepted(acronym);
    }

    static Checked<String> protocolVersion(String text) {
        String version = text.strip();
        return version.isEmpty() ? Checked.refused("Give the protocol version, e.g. 1.0.") : Checked.accepted(version);
    }

    /** A registry number: not blank, no spaces, and with the prefix its registry gives every number. */
    static Checked<String> registryNumber(Registry registry, String text) {
        String number = text.strip();
        String prefix = registry == Registry.CHICTR ? "ChiCTR" : registry == Registry.CLINICALTRIALS_GOV ? "NCT" : "";
        if (number.isEmpty()) {
            return Checked.refused("Give the " + registryName(registry) + " number"
                    + (prefix.isEmpty() ? "." : ", e.g. " + prefix + "2000031234."));
        }
        if (number.chars().anyMatch(Character::isWhitespace)) {
            return Checked.refused("A registry number has no spaces.");
        }
        if (!number.startsWith(prefix)) {
            return Checked.refused("A " + registryName(registry) + " number starts with " + prefix + ".");
        }
        return Checked.accepted(number);
    }

    static Checked<Integer> plannedSubjects(String text) {
        int planned;
        try {
            planned = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return Checked.refused("Planned subjects must be a whole number, e.g. 18.");
        }
        return planned < 1 ? Checked.refused("Planned subjects must be at least 1.") : Checked.accepted(planned);
    }

    /** One whole-number weight of at least 1 per arm, in the arms' order: "2:1". */
    static Checked<List<Integer>> allocationRatio(String text, int arms) {
        String ratio = text.replace(" ", "");
        String example = "e.g. " + "1:".repeat(Math.max(arms - 1, 0)) + "1";
        if (!ratio.matches("\\d{1,4}(:\\d{1,4})*")) {
            return Checked.refused("Give one whole number per arm, separated by colons, " + example + ".");
        }
        List<Integer> weights = new ArrayList<>();
        for (String weight : ratio.split(":")) {
            weights.add(Integer.parseInt(weight));
        }
        if (weights.size() != arms) {
            return Checked.refused("The study has " + arms + " arms; give " + arms + " weights, " + example + ".");
        }
        if (weights.contains(0)) {
            return Checked.refused("Every arm needs a weight of at least 1.");
        }
        return Checked.accepted(weights);
    }

    /** A design that fits the study's arms: single-arm with one arm, randomized with two or more. */
    static Checked<StudyDesign> design(StudyDesign design, int arms) {
        if (design == StudyDesign.SINGLE_ARM && arms != 1) {
            return Checked.refused("A single-arm design has one arm; this study has " + arms + ".");
        }
        if (design == StudyDesign.PARALLEL_RANDOMIZED && arms < 2) {
            return Checked.refused("A randomized design needs at least two arms; this study has " + arms + ".");
        }
        return Checked.accepted(design);
    }

    static Checked<String> siteName(String text) {
        String name = text.strip();
        return name.isEmpty() ? Checked.refused("A site needs a name.") : Checked.accepted(name);
    }

    /** The arms' allocation weights as a ratio, "1:1:1". */
    static String allocationRatio(Study study) {
        return study.getArms().stream().map(Arm::getAllocationWeight).map(String::valueOf)
                .collect(Collectors.joining(":"));
    }

    static String registryName(Registry registry) {
        if (registry == null) {
            return "registry";
        }
        return switch (registry) {
            case CHICTR -> "ChiCTR";
            case CLINICALTRIALS_GOV -> "ClinicalTrials.gov";
            case OTHER -> "registry";
        };
    }
}
