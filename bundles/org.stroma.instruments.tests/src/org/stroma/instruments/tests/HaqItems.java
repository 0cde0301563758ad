package org.stroma.instruments.tests;

import java.util.List;
import java.util.Map;

import org.stroma.instrument.api.ItemValues;

/** The 20 HAQ-DI items by category, written out independently of the instruments. */
final class HaqItems {

    static final Map<String, List<String>> BY_CATEGORY = Map.of(
            "dressing", List.of("dressSelf", "shampooHair"),
            "arising", List.of("standUp", "inOutOfBed"),
            "eating", List.of("cutMeat", "liftCup", "openMilkCarton"),
            "walking", List.of("walkOutdoors", "climbSteps"),
            "hygiene", List.of("washBody", "tubBath", "toilet"),
            "reach", List.of("reachObject", "bendDown"),
            "grip", List.of("openCarDoors", "openJars", "turnFaucets"),
            "activities", List.of("runErrands", "inOutOfCar", "doChores"));

    static final List<String> CATEGORIES = List.of(
            "dressing", "arising", "eating", "walking", "hygiene", "reach", "grip", "activities");

    private HaqItems() {
    }

    /** Every item of the given categories answered 0 ("without any difficulty"). */
    static ItemValues.Builder zeroFor(List<String> categories) {
        ItemValues.Builder builder = ItemValues.builder();
        categories.forEach(category -> BY_CATEGORY.get(category).forEach(item -> builder.put(item, 0)));
        return builder;
    }

    static ItemValues.Builder allZero() {
        return zeroFor(CATEGORIES);
    }
}
