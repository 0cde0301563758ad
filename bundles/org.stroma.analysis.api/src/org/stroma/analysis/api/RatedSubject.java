package org.stroma.analysis.api;

import java.util.List;

/**
 * One subject's ratings, one per rater in {@link Ratings#raters()} order; {@link Double#NaN}
 * where a rater gave none.
 *
 * @since 1.0
 */
public record RatedSubject(String subject, List<Double> ratings) {

    public RatedSubject {
        Inputs.requireText(subject, "subject");
        ratings = List.copyOf(ratings);
        for (double rating : ratings) {
            Inputs.requireFiniteOrMissing(rating, "a rating of subject " + subject);
        }
    }

    public boolean isComplete() {
        return ratings.stream().noneMatch(r -> Double.isNaN(r));
    }
}
