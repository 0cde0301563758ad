package org.stroma.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemProblem;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/**
 * Raynaud's Condition Score diary: one rating a day for up to {@value #MAX_DAYS} days,
 * averaged over the days recorded (a missed day is left out, not counted 0). The diary's
 * scale, 0-10 or 0-100, is an item of the form, so it is stored with every value.
 */
@Component(service = Instrument.class)
public class RaynaudsConditionScore implements Instrument {

    static final int MAX_DAYS = 14;
    static final String SCALE = "scale";
    static final String SCALE_0_10 = "0-10";
    static final String SCALE_0_100 = "0-100";

    private static final List<ItemDefinition> DAYS = IntStream.rangeClosed(1, MAX_DAYS)
            .mapToObj(day -> ItemDefinition.decimal("day" + day, "Day " + day, 0, 100, "").optional()
                    .inGroup("diary"))
            .toList();

    private static final List<ItemDefinition> ITEMS = buildItems();

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("mean", "Mean daily RCS on the diary's scale", 0, 100),
            new ScoreDefinition("mean0to10", "Mean daily RCS on the 0-10 scale", 0, 10),
            new ScoreDefinition("daysRecorded", "Days recorded", 1, MAX_DAYS));

    public RaynaudsConditionScore() {
    }

    @Override
    public String id() {
        return "raynauds-condition-score";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Raynaud's Condition Score";
    }

    @Override
    public String shortName() {
        return "RCS";
    }

    @Override
    public String description() {
        return "Daily patient rating of Raynaud's difficulty (day1..day14, at least one day) on the"
                + " diary's scale, 0-10 or 0-100 (item 'scale', required). Mean over the days recorded,"
                + " on the diary's scale and converted to 0-10 (0-100 values divided by 10).";
    }

    @Override
    public List<String> references() {
        return List.of("Merkel PA, et al. Measuring disease activity and functional status in patients with"
                + " scleroderma and Raynaud's phenomenon. Arthritis Rheum 2002;46:2410-20.");
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
    public List<ItemProblem> ruleProblems(ItemValues values) {
        List<ItemProblem> problems = new ArrayList<>();
        double top = topOfScale(values);
        List<Double> days = recordedDays(values);
        if (days.isEmpty()) {
            problems.add(ItemProblem.ofForm(this, "record at least one day (day1..day" + MAX_DAYS + ")"));
        }
        for (ItemDefinition day : DAYS) {
            values.number(day.code()).filter(value -> value > top)
                    .ifPresent(value -> problems.add(ItemProblem.outOfRange(this, day.code(), value, 0, top)));
        }
        return problems;
    }

    @Override
    public Scores scoreValid(ItemValues values) {
        List<Double> days = recordedDays(values);
        double mean = days.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double top = topOfScale(values);
        return Scores.of(this, values, Map.of(
                "mean", mean,
                "mean0to10", mean * 10 / top,
                "daysRecorded", (double) days.size()),
                List.of("scale: " + values.choice(SCALE).orElseThrow()));
    }

    private static double topOfScale(ItemValues values) {
        return SCALE_0_10.equals(values.choice(SCALE).orElseThrow()) ? 10 : 100;
    }

    private static List<Double> recordedDays(ItemValues values) {
        return DAYS.stream().flatMap(day -> values.number(day.code()).stream()).toList();
    }

    private static List<ItemDefinition> buildItems() {
        List<ItemDefinition> items = new ArrayList<>();
        items.add(ItemDefinition.choice(SCALE, "Scale of the diary", List.of(SCALE_0_10, SCALE_0_100)));
        items.addAll(DAYS);
        return List.copyOf(items);
    }
}
