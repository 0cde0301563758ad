package org.stroma.analysis.comparison;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.LiteratureReference;

/**
 * Welch's two-sample t-test (variances not assumed equal, Welch-Satterthwaite df); R's default
 * {@code t.test(x, y)}.
 */
@Component(service = Analysis.class)
public class WelchTTest extends TwoSampleTTest {

    public static final String ID = "stroma.t-test.welch";

    public WelchTTest() {
        super(ID, "Welch's t-test (unequal variances)", false);
    }

    @Override
    public String description() {
        return "Two-sided test of equal means of two independent groups without assuming equal variances; "
                + "standard error sqrt(s1²/n1 + s2²/n2), Welch-Satterthwaite degrees of freedom, confidence "
                + "interval of the difference (first group minus second).";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Welch BL (1947). The generalization of 'Student's' problem when "
                + "several different population variances are involved. Biometrika 34(1-2):28-35."),
            LiteratureReference.of("Satterthwaite FE (1946). An approximate distribution of estimates of variance "
                + "components. Biometrics Bulletin 2(6):110-114."));
    }
}
