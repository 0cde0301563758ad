package org.stroma.example.analysis;

import org.stroma.analysis.api.Setting;

/**
 * Settings of {@link BootstrapMeanDifference}. A settings record is public and every component
 * carries {@link Setting}, so the workbench generates its form and {@code stroma analyze
 * --settings} accepts its component names.
 *
 * @param resamples number of bootstrap resamples; 10 000 keeps the Monte Carlo error of a 95%
 *        percentile limit near 3% of the standard error
 * @param confidenceLevel coverage of the interval
 * @param seed seed of the random number generator: equal seeds give equal results
 */
public record BootstrapSettings(
        @Setting(label = "Resamples", description = "Bootstrap resamples drawn; more resamples, less Monte Carlo error.",
                min = 100, max = 1_000_000, defaultValue = "10000") int resamples,
        @Setting(label = "Confidence level", description = "Coverage of the percentile interval.", min = 0.5,
                max = 0.999, defaultValue = "0.95") double confidenceLevel,
        @Setting(label = "Seed", description = "Seed of the random numbers; the same seed gives the same interval.",
                defaultValue = "20260101") long seed) {
}
