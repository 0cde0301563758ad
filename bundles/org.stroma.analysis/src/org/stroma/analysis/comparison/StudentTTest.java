package org.stroma.analysis.comparison;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.LiteratureReference;

/**
 * Student's two-sample t-test with pooled variance (equal variances assumed); R's
 * {@code t.test(x, y, var.equal = TRUE)}.
 */
@Component(service = Analysis.class)
public class StudentTTest extends TwoSampleTTest {

    public static final String ID = "stroma.t-test.student";

    public StudentTTest() {
        super(ID, "Student's t-test (equal variances)", true);
    }

    @Override
    public String description() {
        return "Two-sided test of equal means of two independent groups assuming normal data with equal "
                + "variances; pooled standard error, n1 + n2 - 2 degrees of freedom, confidence interval of the "
                + "difference (first group minus second).";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Student (1908). The probable error of a mean. Biometrika 6(1):1-25."));
    }
}
