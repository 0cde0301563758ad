package org.stroma.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.cli.UsageException;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.injection.FacialRegion;
import org.stroma.dosing.injection.FacialSites;
import org.stroma.dosing.injection.Finger;
import org.stroma.dosing.injection.FingerJoint;
import org.stroma.dosing.injection.HandSites;
import org.stroma.dosing.injection.InjectionPlan;
import org.stroma.dosing.injection.InjectionPlanRequest;
import org.stroma.dosing.injection.InjectionPlanner;
import org.stroma.dosing.injection.InjectionSite;
import org.stroma.dosing.injection.Side;
import org.stroma.dosing.record.DoseReports;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * {@code stroma dose injection-plan}: per-site volumes and cells for the hand (each side of each
 * finger joint, per finger, thumb base, palm, dorsum) and for facial regions, with totals, as the
 * published protocols fix them (e.g. 0.5 mL each side of each finger joint; 4 x 0.25 mL per finger).
 */
final class InjectionPlanCalculation implements DoseCalculation<InjectionPlan> {

    private static final String REGION = "region";
    private static final List<String> HAND_SITES = List.of("per-joint-side", "per-finger", "thumb-base", "palm",
            "dorsum");
    private static final Map<String, String> FIELDS = Map.of("name", "name", "cellConcentration", "cells-per-ml",
            "availableVolume", "prepared", "hand", "hand", "fingers", "fingers", "joints", "joints");

    private final InjectionPlanner planner;

    InjectionPlanCalculation(InjectionPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String kind() {
        return DoseReports.INJECTION_PLAN;
    }

    @Override
    public String summary() {
        return "per-site volumes and cells for the hand and facial regions, with totals";
    }

    @Override
    public String synopsis() {
        return "[--hand left|right [--fingers 2-5 [--joints mcp,pip,dip,ip] --per-joint-side VOLUME]\n"
                + " [--per-finger N@VOLUME] [--thumb-base N@VOLUME] [--palm N@VOLUME] [--dorsum N@VOLUME]]\n"
                + "[--region [left-|right-]REGION=N@VOLUME ...]\n"
                + "[--cells-per-ml CONC] [--prepared VOLUME] [--name TEXT]\n"
                + "(regions: " + regions() + ";\n"
                + " N@VOLUME: N injections of VOLUME, e.g. 4@0.25mL; VOLUME alone is one injection;\n"
                + " --fingers 1 (thumb) to 5, e.g. 2-5 or 1,3; --joints all of each finger unless given;\n"
                + " a region without a side is on the midline; --region may be repeated)";
    }

    @Override
    public List<String> options() {
        return List.of("hand", "fingers", "joints", "per-joint-side", "per-finger", "thumb-base", "palm", "dorsum",
                REGION, "cells-per-ml", "prepared", "name");
    }

    @Override
    public List<String> repeatable() {
        return List.of(REGION);
    }

    @Override
    public Map<String, String> optionOfField() {
        return FIELDS;
    }

    @Override
    public InjectionPlan compute(DoseOptions options) {
        List<InjectionSite> sites = new ArrayList<>(handSites(options));
        for (String region : options.texts(REGION)) {
            sites.add(region(options, region));
        }
        if (sites.isEmpty()) {
            throw new UsageException("give the sites: hand sites (--hand with --per-joint-side, --per-finger,"
                    + " --thumb-base, --palm or --dorsum) or facial regions (--region)");
        }
        Set<String> areas = new LinkedHashSet<>();
        sites.forEach(site -> areas.add(site.area()));
        String name = options.text("name").orElse(String.join(" and ", areas));
        return planner.plan(new InjectionPlanRequest(name, sites,
                options.optionalAmount("cells-per-ml", DosingUnits.CELLS_PER_MILLILITRE, QuantityKind.CELLS_PER_VOLUME),
                options.optionalAmount("prepared", QuantityKind.VOLUME).map(InjectionPlanCalculation::volume)));
    }

    private static List<InjectionSite> handSites(DoseOptions options) {
        List<String> given = HAND_SITES.stream().filter(options::has).toList();
        if (!options.has("hand")) {
            if (!given.isEmpty() || options.has("fingers") || options.has("joints")) {
                throw new UsageException("--hand left|right is needed with --"
                        + (given.isEmpty() ? (options.has("fingers") ? "fingers" : "joints") : given.get(0)));
            }
            return List.of();
        }
        if (given.isEmpty()) {
            throw new UsageException("--hand needs its sites: --per-joint-side, --per-finger, --thumb-base, --palm"
                    + " or --dorsum");
        }
        Side hand = switch (options.choice("hand", "left|right", "left", "right")) {
            case "left" -> Side.LEFT;
            default -> Side.RIGHT;
        };
        boolean perFinger = options.has("per-joint-side") || options.has("per-finger");
        if (!perFinger && (options.has("fingers") || options.has("joints"))) {
            throw new UsageException("--fingers and --joints go with --per-joint-side or --per-finger");
        }
        if (options.has("joints") && !options.has("per-joint-side")) {
            throw new UsageException("--joints goes with --per-joint-side");
        }
        Set<Finger> fingers = perFinger ? fingers(options.required("fingers", "FINGERS, e.g. 2-5")) : Set.of();
        List<InjectionSite> sites = new ArrayList<>();
        if (options.has("per-joint-side")) {
            Set<FingerJoint> joints = options.text("joints").map(InjectionPlanCalculation::joints)
                    .orElse(EnumSet.allOf(FingerJoint.class));
            Quantity<Volume> volume = options.volume("per-joint-side");
            sites.addAll(blamed("per-joint-side", () -> HandSites.jointSides(hand, fingers, joints, volume)));
        }
        if (options.has("per-finger")) {
            Injections each = injections(options, "per-finger");
            sites.addAll(blamed("per-finger", () -> HandSites.perFinger(hand, fingers, each.count(), each.volume())));
        }
        if (options.has("thumb-base")) {
            Injections each = injections(options, "thumb-base");
            sites.add(blamed("thumb-base", () -> HandSites.thumbBase(hand, each.count(), each.volume())));
        }
        if (options.has("palm")) {
            Injections each = injections(options, "palm");
            sites.add(blamed("palm", () -> HandSites.palm(hand, each.count(), each.volume())));
        }
        if (options.has("dorsum")) {
            Injections each = injections(options, "dorsum");
            sites.add(blamed("dorsum", () -> HandSites.dorsum(hand, each.count(), each.volume())));
        }
        return sites;
    }

    /** {@code [left-|right-]REGION=N@VOLUME}, e.g. {@code left-temple=2@1mL} or {@code chin=0.5 mL}. */
    private static InjectionSite region(DoseOptions options, String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new DosingInputException(REGION, "'" + text + "' names no volume; write e.g. left-temple=2@1mL");
        }
        String where = text.substring(0, equals).strip().toLowerCase(Locale.ROOT);
        Side side = Side.MIDLINE;
        for (Side candidate : List.of(Side.LEFT, Side.RIGHT, Side.MIDLINE)) {
            if (where.startsWith(candidate.label() + "-")) {
                side = candidate;
                where = where.substring(candidate.label().length() + 1);
            }
        }
        String wanted = where;
        FacialRegion region = Arrays.stream(FacialRegion.values()).filter(r -> optionWord(r).equals(wanted))
                .findFirst().orElseThrow(() -> new DosingInputException(REGION, "'" + wanted
                        + "' is not a facial region; choose " + regions()));
        Injections each = injections(options, REGION, text.substring(equals + 1));
        Side at = side;
        return blamed(REGION, () -> FacialSites.region(region, at, each.count(), each.volume()));
    }

    private record Injections(int count, Quantity<Volume> volume) {
    }

    private static Injections injections(DoseOptions options, String option) {
        return injections(options, option, options.required(option, "N@VOLUME"));
    }

    /** {@code N@VOLUME}, or {@code VOLUME} for one injection. */
    private static Injections injections(DoseOptions options, String option, String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return new Injections(1, options.volume(option, text));
        }
        return new Injections(options.wholeNumber(option, text.substring(0, at), "the number of injections"),
                options.volume(option, text.substring(at + 1)));
    }

    /** A refusal of a site made from {@code option}'s value blames that option. */
    private static <T> T blamed(String option, Supplier<T> sites) {
        try {
            return sites.get();
        } catch (DosingInputException e) {
            if (FIELDS.containsKey(e.field())) {
                throw e;
            }
            throw new DosingInputException(option, (e.field().equals("injections") ? "the number of injections "
                    : "") + e.reason());
        }
    }

    /** {@code 2-5}, {@code 1,3}, {@code 1-2,5}: fingers by number, 1 the thumb and 5 the little finger. */
    private static Set<Finger> fingers(String text) {
        Set<Finger> fingers = EnumSet.noneOf(Finger.class);
        for (String part : text.split(",", -1)) {
            String[] ends = part.strip().split("-", -1);
            if (ends.length > 2 || !ends[0].matches("[1-5]") || !ends[ends.length - 1].matches("[1-5]")
                    || ends[0].compareTo(ends[ends.length - 1]) > 0) {
                throw new DosingInputException("fingers", "'" + text + "' is not a list of fingers; write numbers 1"
                        + " (thumb) to 5 (little finger), e.g. 2-5 or 1,3");
            }
            for (int n = Integer.parseInt(ends[0]); n <= Integer.parseInt(ends[ends.length - 1]); n++) {
                fingers.add(Finger.values()[n - 1]);
            }
        }
        return fingers;
    }

    private static Set<FingerJoint> joints(String text) {
        Set<FingerJoint> joints = EnumSet.noneOf(FingerJoint.class);
        for (String part : text.split(",", -1)) {
            String word = part.strip().toUpperCase(Locale.ROOT);
            if (word.equals("ALL")) {
                joints.addAll(EnumSet.allOf(FingerJoint.class));
                continue;
            }
            joints.add(Arrays.stream(FingerJoint.values()).filter(j -> j.name().equals(word)).findFirst()
                    .orElseThrow(() -> new DosingInputException("joints", "'" + part.strip() + "' is not a finger joint;"
                            + " choose mcp, pip, dip, ip (thumb) or all")));
        }
        return joints;
    }

    @SuppressWarnings("unchecked")
    private static Quantity<Volume> volume(Quantity<?> amount) {
        return (Quantity<Volume>) amount;
    }

    /** A region as typed in an option, e.g. {@code nasolabial-fold}. */
    private static String optionWord(FacialRegion region) {
        return region.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String regions() {
        return Arrays.stream(FacialRegion.values()).map(InjectionPlanCalculation::optionWord)
                .collect(Collectors.joining(", "));
    }
}
