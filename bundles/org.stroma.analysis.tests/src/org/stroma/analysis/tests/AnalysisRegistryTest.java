package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.AnalysisCatalog;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisCanceledException;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Deprecation;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.NoSettings;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.comparison.OneWayAnova;
import org.stroma.analysis.descriptive.Descriptives;
import org.stroma.analysis.table.FisherEnumeration;

/** The registry as a plain object (the DS wiring is tested in {@link AnalysisRegistryServiceTest}). */
class AnalysisRegistryTest {

    /** A third-party analysis as a plugin would write it: the group count, in two versions. */
    private record GroupCount(String id, int version, Optional<Deprecation> deprecation) implements Analysis<NoSettings> {
        @Override
        public String name() {
            return "Group count v" + version;
        }

        @Override
        public String description() {
            return "Counts groups.";
        }

        @Override
        public List<LiteratureReference> references() {
            return List.of();
        }

        @Override
        public Class<NoSettings> settingsType() {
            return NoSettings.class;
        }

        @Override
        public Set<InputKind> inputs() {
            return Set.of(InputKind.GROUPS);
        }

        @Override
        public AnalysisResult run(AnalysisInput input, NoSettings settings, AnalysisProgress progress) {
            IndependentGroups groups = (IndependentGroups) input;
            ResultTable table = ResultTable.builder("count", "Groups").column(Column.integer("groups", "Groups"))
                    .row(groups.groups().size() * version).build();
            return new AnalysisResult(id, version, input, settings, new DataUsed(input.variable(), groups.groupNames(),
                    input.visit(), List.of(), 0, List.of()), List.of(table), List.of(), List.of());
        }
    }

    private static final GroupCount OLD = new GroupCount("example.count", 1, Optional.empty());
    private static final GroupCount NEW = new GroupCount("example.count", 2, Optional.empty());
    private static final GroupCount RETIRED = new GroupCount("example.legacy", 1,
            Optional.of(new Deprecation("wrong denominator", "example.count")));

    private static AnalysisCatalog catalog() {
        AnalysisCatalog catalog = new AnalysisCatalog();
        BuiltInAnalyses.all().forEach(catalog::addAnalysis);
        catalog.addAnalysis(OLD);
        catalog.addAnalysis(NEW);
        catalog.addAnalysis(RETIRED);
        return catalog;
    }

    @Test
    void listsCurrentAnalysesAndStillFindsDeprecatedOnes() {
        AnalysisCatalog catalog = catalog();
        List<String> ids = catalog.analyses().stream().map(Analysis::id).toList();
        assertEquals(16, ids.size());
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(!ids.contains("example.legacy"));
        assertEquals(18, catalog.allAnalyses().size());
        assertSame(RETIRED, catalog.find("example.legacy").orElseThrow());
        assertSame(NEW, catalog.find("example.count").orElseThrow());
        assertSame(OLD, catalog.find("example.count", 1).orElseThrow());
        assertTrue(catalog.find("example.count", 3).isEmpty());
        assertTrue(catalog.find("no.such.analysis").isEmpty());
        assertTrue(catalog.analyses().contains(NEW) && !catalog.analyses().contains(OLD));
    }

    @Test
    void offersOnlyAnalysesThatAcceptTheInput() {
        List<String> ids = catalog().accepting(DescriptivesTest.threeArms()).stream().map(Analysis::id).toList();
        assertEquals(List.of("example.count", OneWayAnova.ID, Descriptives.ID, "stroma.kruskal-wallis"), ids); // by id
    }

    @Test
    void rerunsAStoredResultWithTheVersionThatMadeIt() {
        AnalysisCatalog catalog = catalog();
        AnalysisResult stored = OLD.run(DescriptivesTest.threeArms(), new NoSettings(), NO_PROGRESS);
        AnalysisResult again = catalog.rerun(stored, NO_PROGRESS);
        assertEquals(stored, again);
        assertEquals(3L, again.requireTable("count").value(0, "groups"));
        AnalysisResult anova = new OneWayAnova().run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.95),
                NO_PROGRESS);
        assertEquals(anova, catalog.rerun(anova, NO_PROGRESS));
        catalog.removeAnalysis(OLD);
        AnalysisInputException gone = assertThrows(AnalysisInputException.class, () -> catalog.rerun(stored, NO_PROGRESS));
        assertTrue(gone.getMessage().contains("example.count version 1 is not installed"), gone.getMessage());
    }

    @Test
    void cancellationStopsARun() {
        AnalysisProgress canceled = new AnalysisProgress() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int work) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        assertThrows(AnalysisCanceledException.class,
                () -> new Descriptives().run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.95), canceled));
        // Fisher's enumeration checks every 2^20 tables
        long[][] big = {{10, 10, 10, 10, 10}, {10, 10, 10, 10, 10}, {10, 10, 10, 10, 10}, {10, 10, 10, 10, 10}};
        assertThrows(AnalysisCanceledException.class,
                () -> FisherEnumeration.pValue(big, FisherEnumeration.MAX_TABLES, canceled));
    }
}
