package org.stroma.analysis.tests;

import java.util.List;
import java.util.Map;

import org.stroma.analysis.agreement.CohenKappa;
import org.stroma.analysis.agreement.IntraclassCorrelation;
import org.stroma.analysis.agreement.WeightedKappa;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.ContingencyTable;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Ratings;
import org.stroma.analysis.comparison.ChangeFromBaseline;
import org.stroma.analysis.comparison.KruskalWallis;
import org.stroma.analysis.comparison.MannWhitney;
import org.stroma.analysis.comparison.OneWayAnova;
import org.stroma.analysis.comparison.PairedTTest;
import org.stroma.analysis.comparison.StudentTTest;
import org.stroma.analysis.comparison.WelchTTest;
import org.stroma.analysis.comparison.WilcoxonSignedRank;
import org.stroma.analysis.descriptive.Descriptives;
import org.stroma.analysis.descriptive.GraftVolumeRetention;
import org.stroma.analysis.table.ChiSquare;
import org.stroma.analysis.table.FisherExact;

/** Every built-in analysis, each with an input it accepts. */
final class BuiltInAnalyses {

    private BuiltInAnalyses() {
    }

    static List<Analysis<?>> all() {
        return List.copyOf(withInputs().keySet());
    }

    static Map<Analysis<?>, AnalysisInput> withInputs() {
        IndependentGroups two = IndependentGroups.of("Hair density", "Month 6",
                Group.ofValues("ECM", 52.3, 61.0, 58.4, 49.7, 66.2), Group.ofValues("Traditional", 44.1, 50.2, 47.9, 39.5));
        ContingencyTable counts = ContingencyTable.of("Arm", "Complication", List.of("AFG", "SVF", "ADSC"),
                List.of("None", "Minor", "Major"), new long[][] {{5, 1, 0}, {4, 2, 0}, {3, 2, 1}});
        Ratings twoRaters = Ratings.of("mRSS site score", "Baseline", List.of("Assessor 1", "Assessor 2"),
                List.of("a", "b", "c", "d", "e", "f"), new double[][] {{0, 0}, {1, 1}, {2, 1}, {3, 3}, {1, 2}, {2, 2}},
                List.of(0.0, 1.0, 2.0, 3.0));
        return Map.ofEntries(
                Map.entry(new Descriptives(), DescriptivesTest.threeArms()),
                Map.entry(new OneWayAnova(), DescriptivesTest.threeArms()),
                Map.entry(new StudentTTest(), two),
                Map.entry(new WelchTTest(), two),
                Map.entry(new MannWhitney(), two),
                Map.entry(new KruskalWallis(), DescriptivesTest.threeArms()),
                Map.entry(new PairedTTest(), PairedTestsTest.vasPain()),
                Map.entry(new WilcoxonSignedRank(), PairedTestsTest.vasPain()),
                Map.entry(new ChangeFromBaseline(), PairedTestsTest.vasPain()),
                Map.entry(new FisherExact(), counts),
                Map.entry(new ChiSquare(), counts),
                Map.entry(new IntraclassCorrelation(), twoRaters),
                Map.entry(new CohenKappa(), twoRaters),
                Map.entry(new WeightedKappa(), twoRaters),
                Map.entry(new GraftVolumeRetention(), GraftVolumeRetentionTest.volumes()));
    }
}
