package org.stroma.study.eligibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Subject;
import org.stroma.study.eligibility.EligibilityEvaluator;
import org.stroma.study.eligibility.EligibilityReport;

/** The evaluator as other bundles get it: a DS service in the running framework. */
@ExtendWith(ServiceExtension.class)
class EligibilityServiceTest {

    @InjectService
    EligibilityEvaluator evaluator;

    @Test
    void theServiceEvaluatesTheAlopeciaTrialsNineCriteria() {
        EligibilityReport eligible = evaluator.evaluate(AlopeciaTrial.study(), AlopeciaTrial.eligibleSubject(),
                AlopeciaTrial.AS_OF);
        assertTrue(eligible.eligible(), eligible.summary());
        assertEquals(9, eligible.results().size());

        Subject underweight = AlopeciaTrial.eligibleSubject();
        underweight.setBmi(16.5);
        EligibilityReport refused = evaluator.evaluate(AlopeciaTrial.study(), underweight, AlopeciaTrial.AS_OF);
        assertFalse(refused.eligible());
        assertEquals(1, refused.failures().size());
        assertTrue(refused.failures().get(0).reason().contains("16.5"), refused.failures().get(0).reason());
    }
}
