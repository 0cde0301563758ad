package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisRegistry;
import org.stroma.analysis.comparison.OneWayAnova;

/** In the running framework the registry component sees every built-in analysis as a DS service. */
@ExtendWith(ServiceExtension.class)
class AnalysisRegistryServiceTest {

    @InjectService
    AnalysisRegistry registry;

    @Test
    void everyBuiltInIsRegisteredAsAService() {
        List<String> ids = registry.analyses().stream().map(Analysis::id).toList();
        List<String> expected = BuiltInAnalyses.all().stream().map(Analysis::id).sorted().toList();
        assertEquals(expected, ids);
        assertTrue(registry.find(OneWayAnova.ID).isPresent());
        assertTrue(registry.find("no-such-analysis").isEmpty());
    }
}
