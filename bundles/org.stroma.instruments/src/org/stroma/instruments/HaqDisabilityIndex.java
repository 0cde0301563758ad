package org.stroma.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;

/**
 * The HAQ disability index as Stanford scores it, shared by the HAQ-DI and the SSc-HAQ.
 *
 * <p>A category scores its highest answered item. "Aids or devices, or help from another
 * person" for a category raises a score of 0 or 1 to 2. The index is the sum of category
 * scores over the number of categories answered, and needs at least {@value #MIN_CATEGORIES}
 * of 8. A category with aids marked but no item answered is not answered: there is no
 * score to raise, and counting it would invent one.
 */
final class HaqDisabilityIndex {

    static final int MIN_CATEGORIES = 6;
    static final double AIDS_MINIMUM = 2;

    /** A HAQ category: its questions and its aids-or-help flag. */
    record Category(String code, String label, List<ItemDefinition> questions, ItemDefinition aids) {
    }

    static final List<Category> CATEGORIES = List.of(
            category("dressing", "Dressing & grooming",
                    "dressSelf", "Dress yourself, including tying shoelaces and doing buttons",
                    "shampooHair", "Shampoo your hair"),
            category("arising", "Arising",
                    "standUp", "Stand up from a straight chair",
                    "inOutOfBed", "Get in and out of bed"),
            category("eating", "Eating",
                    "cutMeat", "Cut your meat",
                    "liftCup", "Lift a full cup or glass to your mouth",
                    "openMilkCarton", "Open a new milk carton"),
            category("walking", "Walking",
                    "walkOutdoors", "Walk outdoors on flat ground",
                    "climbSteps", "Climb up five steps"),
            category("hygiene", "Hygiene",
                    "washBody", "Wash and dry your body",
                    "tubBath", "Take a tub bath",
                    "toilet", "Get on and off the toilet"),
            category("reach", "Reach",
                    "reachObject", "Reach and get down a 5-pound object from just above your head",
                    "bendDown", "Bend down to pick up clothing from the floor"),
            category("grip", "Grip",
                    "openCarDoors", "Open car doors",
                    "openJars", "Open jars which have been previously opened",
                    "turnFaucets", "Turn faucets on and off"),
            category("activities", "Activities",
                    "runErrands", "Run errands and shop",
                    "inOutOfCar", "Get in and out of a car",
                    "doChores", "Do chores such as vacuuming or yardwork"));

    static final List<ItemDefinition> ITEMS = CATEGORIES.stream()
            .flatMap(category -> concat(category.questions(), category.aids()).stream())
            .toList();

    static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("haqDi", "HAQ-DI (aids and help counted)", 0, 3),
            new ScoreDefinition("haqDiWithoutAids", "HAQ-DI without the aids adjustment", 0, 3));

    static final String REFERENCE = "Bruce B, Fries JF. The Stanford Health Assessment Questionnaire:"
            + " dimensions and practical applications. Health Qual Life Outcomes 2003;1:20.";

    private HaqDisabilityIndex() {
    }

    /** Adds haqDi and haqDiWithoutAids (when enough categories are answered) and their notes. */
    static void score(ItemValues values, Map<String, Double> scores, List<String> notes) {
        int answered = 0;
        double withAids = 0;
        double withoutAids = 0;
        List<String> raised = new ArrayList<>();
        List<String> aidsUnanswered = new ArrayList<>();
        for (Category category : CATEGORIES) {
            boolean aids = values.isYes(category.aids().code());
            Optional<Double> highest = category.questions().stream()
                    .flatMap(question -> values.number(question.code()).stream())
                    .max(Double::compare);
            if (highest.isEmpty()) {
                if (aids) {
                    aidsUnanswered.add(category.label());
                }
                continue;
            }
            answered++;
            withoutAids += highest.get();
            if (aids && highest.get() < AIDS_MINIMUM) {
                raised.add(category.label());
                withAids += AIDS_MINIMUM;
            } else {
                withAids += highest.get();
            }
        }
        notes.add("categories answered: " + answered + " of " + CATEGORIES.size());
        if (answered < MIN_CATEGORIES) {
            notes.add("HAQ-DI not computed: " + answered + " of " + CATEGORIES.size()
                    + " categories answered, at least " + MIN_CATEGORIES + " are needed");
        } else {
            scores.put("haqDi", withAids / answered);
            scores.put("haqDiWithoutAids", withoutAids / answered);
            notes.add("aids counted: yes in haqDi, no in haqDiWithoutAids");
            notes.add("raised to 2 by aids or help: " + (raised.isEmpty() ? "none" : String.join(", ", raised)));
        }
        if (!aidsUnanswered.isEmpty()) {
            notes.add("aids or help marked but no item answered, category not counted: "
                    + String.join(", ", aidsUnanswered));
        }
    }

    private static Category category(String code, String label, String... questionCodesAndLabels) {
        List<ItemDefinition> questions = new ArrayList<>();
        for (int i = 0; i < questionCodesAndLabels.length; i += 2) {
            questions.add(ItemDefinition.integer(questionCodesAndLabels[i], questionCodesAndLabels[i + 1], 0, 3)
                    .optional().inGroup(label));
        }
        ItemDefinition aids = ItemDefinition.flag(code + "Aids",
                label + ": aids or devices used, or help from another person needed").inGroup(label);
        return new Category(code, label, List.copyOf(questions), aids);
    }

    private static List<ItemDefinition> concat(List<ItemDefinition> questions, ItemDefinition aids) {
        List<ItemDefinition> all = new ArrayList<>(questions);
        all.add(aids);
        return all;
    }
}
