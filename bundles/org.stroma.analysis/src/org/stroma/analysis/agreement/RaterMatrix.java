package org.stroma.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.RatedSubject;
import org.stroma.analysis.api.Ratings;

/**
 * Subjects rated by every rater (a subject missing any rating is excluded, with the reason), as a
 * subjects x raters matrix.
 *
 * @param input the ratings as given
 * @param subjects complete subjects, in input order
 * @param values their ratings, one row per subject, one column per rater
 * @param exclusions incomplete subjects
 */
record RaterMatrix(Ratings input, List<String> subjects, double[][] values, List<Exclusion> exclusions) {

    static RaterMatrix of(Ratings input, int minimumSubjects, String analysis) {
        List<String> subjects = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (RatedSubject subject : input.subjects()) {
            if (subject.isComplete()) {
                subjects.add(subject.subject());
                rows.add(subject.ratings().stream().mapToDouble(Double::doubleValue).toArray());
            } else {
                List<String> missing = new ArrayList<>();
                for (int r = 0; r < input.raters().size(); r++) {
                    if (Double.isNaN(subject.ratings().get(r))) missing.add(input.raters().get(r));
                }
                exclusions.add(new Exclusion(subject.subject(), "", "no rating by " + String.join(", ", missing)));
            }
        }
        if (rows.size() < minimumSubjects) {
            throw new AnalysisInputException(analysis + " needs at least " + minimumSubjects + " subjects rated by "
                    + "every rater; " + rows.size() + " of " + input.subjects().size() + " are complete");
        }
        return new RaterMatrix(input, List.copyOf(subjects), rows.toArray(double[][]::new), List.copyOf(exclusions));
    }

    int n() {
        return values.length;
    }

    int k() {
        return input.raters().size();
    }

    DataUsed dataUsed() {
        return new DataUsed(input.variable(), input.raters(), input.visit(), subjects, (long) n() * k(), exclusions);
    }
}
