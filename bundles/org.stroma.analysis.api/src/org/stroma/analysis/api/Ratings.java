package org.stroma.analysis.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Ratings of the same subjects by several raters, for agreement analyses.
 *
 * @param variable what was rated
 * @param visit the visit, or empty
 * @param raters rater names (unique)
 * @param subjects one row per subject, ratings in rater order
 * @param scale the ordered categories of an ordinal or nominal scale (e.g. 0, 1, 2, 3), or
 *        empty for a continuous measure or to use the categories observed
 * @since 1.0
 */
public record Ratings(String variable, String visit, List<String> raters, List<RatedSubject> subjects,
        List<Double> scale) implements AnalysisInput {

    public Ratings {
        Inputs.requireText(variable, "variable");
        visit = Inputs.orEmpty(visit);
        Inputs.requireNonEmpty(raters, "raters");
        Inputs.requireNonEmpty(subjects, "rated subjects");
        raters = List.copyOf(raters);
        subjects = List.copyOf(subjects);
        scale = scale == null ? List.of() : List.copyOf(scale);
        Inputs.requireUnique(raters, "rater");
        Inputs.requireUnique(subjects.stream().map(RatedSubject::subject).toList(), "subject");
        Inputs.requireUnique(scale.stream().map(String::valueOf).toList(), "scale category");
        for (RatedSubject subject : subjects) {
            if (subject.ratings().size() != raters.size()) {
                throw new AnalysisInputException("subject " + subject.subject() + " has " + subject.ratings().size()
                        + " ratings for " + raters.size() + " raters");
            }
            for (int r = 0; r < raters.size(); r++) {
                double rating = subject.ratings().get(r);
                if (!scale.isEmpty() && !Double.isNaN(rating) && !scale.contains(rating)) {
                    throw new AnalysisInputException("rater " + raters.get(r) + " gave subject " + subject.subject()
                            + " the rating " + rating + ", which is not on the scale " + scale);
                }
            }
        }
    }

    /**
     * Ratings from a subjects x raters matrix.
     *
     * @throws AnalysisInputException if the matrix does not have one row per subject and one
     *         column per rater
     */
    public static Ratings of(String variable, String visit, List<String> raters, List<String> subjects,
            double[][] ratings, List<Double> scale) {
        if (ratings.length != subjects.size()) {
            throw new AnalysisInputException(subjects.size() + " subjects but " + ratings.length + " rows of ratings");
        }
        List<RatedSubject> rows = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            List<Double> row = new ArrayList<>();
            for (double value : ratings[i]) {
                row.add(value);
            }
            rows.add(new RatedSubject(subjects.get(i), row));
        }
        return new Ratings(variable, visit, raters, rows, scale);
    }
}
