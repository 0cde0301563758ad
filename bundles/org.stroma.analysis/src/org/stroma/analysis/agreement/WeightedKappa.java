package org.stroma.analysis.agreement;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.LiteratureReference;

/**
 * Weighted kappa (Cohen 1968) for two raters on an ordinal scale, with linear or quadratic
 * agreement weights on the ordered categories, and the Fleiss, Cohen and Everitt (1969) standard
 * errors. Categories are the input's scale when given (so unused levels still count in the
 * weights), else the values observed.
 */
@Component(service = Analysis.class)
public class WeightedKappa extends KappaAnalysis<WeightedKappaSettings> {

    public static final String ID = "stroma.kappa.weighted";

    public WeightedKappa() {
        super(ID, "Weighted kappa (ordinal)", WeightedKappaSettings.class);
    }

    @Override
    public String description() {
        return "Agreement of two raters on an ordinal scale giving partial credit to near misses: linear weights "
                + "1 - |i - j|/(c - 1) or quadratic weights 1 - (i - j)²/(c - 1)² over the c ordered categories. "
                + "Fleiss, Cohen & Everitt (1969) standard errors, z test of kappa = 0, normal confidence interval.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Cohen J (1968). Weighted kappa: nominal scale agreement with provision "
                + "for scaled disagreement or partial credit. Psychological Bulletin 70(4):213-220."),
            LiteratureReference.of("Fleiss JL, Cohen J (1973). The equivalence of weighted kappa and the intraclass "
                + "correlation coefficient as measures of reliability. Educational and Psychological Measurement "
                + "33(3):613-619."),
            LiteratureReference.of("Fleiss JL, Cohen J, Everitt BS (1969). Large sample standard errors of kappa and "
                + "weighted kappa. Psychological Bulletin 72(5):323-327."));
    }

    @Override
    protected KappaWeights weights(WeightedKappaSettings settings) {
        return settings.weights();
    }

    @Override
    protected double confidenceLevel(WeightedKappaSettings settings) {
        return settings.confidenceLevel();
    }
}
