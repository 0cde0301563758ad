package org.stroma.analysis.agreement;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.LiteratureReference;

/**
 * Cohen's (1960) unweighted kappa for two raters on a nominal scale, with the Fleiss, Cohen and
 * Everitt (1969) standard errors, z test of kappa = 0 and confidence interval.
 */
@Component(service = Analysis.class)
public class CohenKappa extends KappaAnalysis<ConfidenceSettings> {

    public static final String ID = "stroma.kappa.cohen";

    public CohenKappa() {
        super(ID, "Cohen's kappa", ConfidenceSettings.class);
    }

    @Override
    public String description() {
        return "Chance-corrected agreement of two raters on categories: (p_o - p_e) / (1 - p_e). Large-sample "
                + "standard errors of Fleiss, Cohen & Everitt (1969); z test of kappa = 0; normal confidence "
                + "interval. Subjects missing a rating are excluded.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Cohen J (1960). A coefficient of agreement for nominal scales. "
                + "Educational and Psychological Measurement 20(1):37-46."),
            LiteratureReference.of("Fleiss JL, Cohen J, Everitt BS (1969). Large sample standard errors of kappa and "
                + "weighted kappa. Psychological Bulletin 72(5):323-327."));
    }

    @Override
    protected KappaWeights weights(ConfidenceSettings settings) {
        return KappaWeights.NONE;
    }

    @Override
    protected double confidenceLevel(ConfidenceSettings settings) {
        return settings.confidenceLevel();
    }
}
