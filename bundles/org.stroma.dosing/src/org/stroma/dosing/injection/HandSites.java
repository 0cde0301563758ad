package org.stroma.dosing.injection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.internal.Checks;

/**
 * Injection sites of the hand as published SSc protocols describe them: a fixed volume on each
 * side of each finger joint, a number of injections per finger (e.g. 4 × 0.25 mL), and larger
 * volumes at the thumb base, palm and dorsum.
 *
 * @since 0.1
 */
public final class HandSites {

    private HandSites() {
    }

    /**
     * One site on the radial and one on the ulnar side of each chosen joint of each chosen finger.
     * A joint a finger lacks (PIP/DIP of the thumb, IP of fingers 2 to 5) is skipped.
     *
     * @throws DosingInputException if the hand is not left or right, no finger is chosen, or
     *                              none of the joints exists on the chosen fingers
     */
    public static List<InjectionSite> jointSides(Side hand, Set<Finger> fingers, Set<FingerJoint> joints,
            Quantity<Volume> volumePerSide) {
        String area = area(hand);
        Set<Finger> chosen = fingers(fingers);
        Checks.required("joints", joints);
        List<InjectionSite> sites = new ArrayList<>();
        for (Finger finger : chosen) {
            for (FingerJoint joint : finger.joints()) {
                if (!joints.contains(joint)) {
                    continue;
                }
                for (JointSide side : JointSide.values()) {
                    sites.add(new InjectionSite(area, finger.label() + ", " + joint + " joint, " + side.label() + " side",
                            1, volumePerSide));
                }
            }
        }
        if (sites.isEmpty()) {
            throw new DosingInputException("joints", "none of " + joints + " exists on " + chosen);
        }
        return List.copyOf(sites);
    }

    /** One site per chosen finger with {@code injections} × {@code volumePerInjection}. */
    public static List<InjectionSite> perFinger(Side hand, Set<Finger> fingers, int injections,
            Quantity<Volume> volumePerInjection) {
        String area = area(hand);
        return fingers(fingers).stream()
                .map(finger -> new InjectionSite(area, finger.label(), injections, volumePerInjection))
                .toList();
    }

    /** The thenar region at the base of the thumb. */
    public static InjectionSite thumbBase(Side hand, int injections, Quantity<Volume> volumePerInjection) {
        return new InjectionSite(area(hand), "thumb base", injections, volumePerInjection);
    }

    /** The palm. */
    public static InjectionSite palm(Side hand, int injections, Quantity<Volume> volumePerInjection) {
        return new InjectionSite(area(hand), "palm", injections, volumePerInjection);
    }

    /** The dorsum of the hand. */
    public static InjectionSite dorsum(Side hand, int injections, Quantity<Volume> volumePerInjection) {
        return new InjectionSite(area(hand), "dorsum", injections, volumePerInjection);
    }

    private static String area(Side hand) {
        if (Checks.required("hand", hand) == Side.MIDLINE) {
            throw new DosingInputException("hand", "must be left or right");
        }
        return hand.label() + " hand";
    }

    private static Set<Finger> fingers(Set<Finger> fingers) {
        if (Checks.required("fingers", fingers).isEmpty()) {
            throw new DosingInputException("fingers", "must name at least one finger");
        }
        return EnumSet.copyOf(fingers);
    }
}
