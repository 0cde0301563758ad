package org.stroma.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator.SplittableGenerator;

/**
 * The demo's only source of chance: a seeded generator and the few draws the builders need.
 * Never seeded from the clock, so one seed always gives the same studies.
 */
final class Chance {

    private final SplittableGenerator random;

    private Chance(SplittableGenerator random) {
        this.random = random;
    }

    static Chance seeded(long seed) {
        return new Chance(new SplittableRandom(seed));
    }

    /**
     * An independent stream for one study, so that a change to one study's builder leaves the
     * other studies as they were for the same seed.
     */
    Chance split() {
        return new Chance(random.split());
    }

    /** A whole number from lo to hi, both included. */
    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    /** A number from lo to hi, rounded to the given decimals. */
    double uniform(double lo, double hi, int decimals) {
        return round(lo + random.nextDouble() * (hi - lo), decimals);
    }

    /** A normal draw, cut to [min, max] and rounded to the given decimals. */
    double normal(double mean, double sd, double min, double max, int decimals) {
        return round(Math.clamp(random.nextGaussian(mean, sd), min, max), decimals);
    }

    /** A normal draw rounded to a whole number within [min, max], as a clinician scores a grade. */
    int grade(double mean, double sd, int min, int max) {
        return Math.clamp(Math.round(random.nextGaussian(mean, sd)), min, max);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    /** count different numbers from 0 to bound - 1, in increasing order. */
    List<Integer> distinct(int count, int bound) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < bound; i++) {
            all.add(i);
        }
        return shuffled(all).subList(0, count).stream().sorted().toList();
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
