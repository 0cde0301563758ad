package org.stroma.example.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.example.analysis.BootstrapMeanDifference;

/**
 * In the running framework the plugin's DS component is an {@link Analysis} service, which is all
 * the analysis registry needs to offer it: this fails if the jar lacks its OSGI-INF component XML.
 */
@ExtendWith(ServiceExtension.class)
class BootstrapServiceTest {

    @InjectService(service = Analysis.class,
            filter = "(component.name=org.stroma.example.analysis.BootstrapMeanDifference)")
    @SuppressWarnings("rawtypes") // osgi-test injects services by their raw interface only
    Analysis analysis;

    @Test
    void thePluginRegistersItsAnalysisAsADeclarativeServicesComponent() {
        assertEquals(BootstrapMeanDifference.ID, analysis.id());
        assertTrue(analysis.accepts(IndependentGroups.of("Score", "", Group.ofValues("A", 1, 2),
                Group.ofValues("B", 3, 4))));
    }
}
