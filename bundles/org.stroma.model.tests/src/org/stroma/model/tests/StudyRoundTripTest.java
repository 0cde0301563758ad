package org.stroma.model.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stroma.model.study.*;

/** Builds the four designs of domain.md with the generated model and checks they survive XMI unchanged. */
class StudyRoundTripTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> designs() {
        return Stream.of(
                Arguments.of("1 LoS facial atrophy, 3-arm RCT", (Supplier<Study>) LosFacialAtrophyTrial::build),
                Arguments.of("2 LoS alopecia, 2-arm RCT", (Supplier<Study>) LosAlopeciaTrial::build),
                Arguments.of("3 SSc hands, single arm", (Supplier<Study>) SscHandsSvfStudy::build),
                Arguments.of("4 SSc hands, open-label 1:1 RCT", (Supplier<Study>) SscHandsMicrograftTrial::build));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void roundTripsThroughXmiUnchanged(String name, Supplier<Study> design) throws IOException {
        Study study = design.get();
        Path file = tmp.resolve(study.getId() + ".xmi");
        save(study, file);

        Study loaded = load(file);

        assertNotSame(study, loaded);
        assertTrue(EcoreUtil.equals(study, loaded), "loaded study differs from the saved one");
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(loaded.eResource()).isEmpty(), "unresolved references");
        Path again = tmp.resolve(study.getId() + "-again.xmi");
        save(loaded, again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), "second save differs from the first");
        Study changed = EcoreUtil.copy(loaded); // the comparison must notice a change deep in a subject
        changed.getSubjects().get(0).getEvents().get(0).setReason("changed");
        assertFalse(EcoreUtil.equals(study, changed));
        long objects = count(loaded);
        System.out.printf("round trip OK  %-34s %-22s arms=%d visits=%d criteria=%d subjects=%d objects=%d xmi=%d bytes%n",
                name, loaded.getId(), loaded.getArms().size(), loaded.getVisitSchedule().size(),
                loaded.getEligibilityCriteria().size(), loaded.getSubjects().size(), objects, Files.size(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void passesTheGeneratedValidator(String name, Supplier<Study> design) {
        Diagnostic d = Diagnostician.INSTANCE.validate(design.get());
        assertEquals(Diagnostic.OK, d.getSeverity(), () -> messages(d));
    }

    @Test
    void dosesKeepTheirOwnTermsAfterLoading() throws IOException {
        Study face = reload(LosFacialAtrophyTrial.build());
        SvfAssistedFatGrafting svf = (SvfAssistedFatGrafting) arm(face, "SVF-AFG").getInterventions().get(0);
        assertEquals(1.0, svf.getSvfRatioPart());
        assertEquals(1.0, svf.getFatRatioPart());
        AdscAssistedFatGrafting adsc = (AdscAssistedFatGrafting) arm(face, "ADSC-AFG").getInterventions().get(0);
        assertEquals(5.0e5, adsc.getCellsPerMlFat());
        assertInstanceOf(ConventionalFatGrafting.class, arm(face, "AFG").getInterventions().get(0));
        assertEquals(List.of(1, 1, 1), face.getArms().stream().map(Arm::getAllocationWeight).toList());

        SvfFingerInjection fingers = (SvfFingerInjection) reload(SscHandsSvfStudy.build()).getArms().get(0)
                .getInterventions().get(0);
        assertEquals(25, fingers.getNeedleGauge());
        assertFalse(fingers.isSetVolumePerSiteMl(), "volume per site is not in the source and must stay unset");

        Study micro = reload(SscHandsMicrograftTrial.build());
        Arm treated = arm(micro, "MG-SVF");
        FatMicrograftsWithSvf mg = (FatMicrograftsWithSvf) treated.getInterventions().get(0);
        assertEquals(40.0, mg.getFatVolumeMl());
        assertEquals(2.0, mg.getSvfVolumeMl());
        assertEquals(0.5, mg.getPlannedInjectionSites().get(0).getVolumeMl());
        assertInstanceOf(StandardCare.class, treated.getInterventions().get(1));
        assertInstanceOf(StandardCare.class, arm(micro, "SOC").getInterventions().get(0));

        Study hair = reload(LosAlopeciaTrial.build());
        assertInstanceOf(EcmSvfGelHairTransplantation.class, arm(hair, "GEL-HT").getInterventions().get(0));
        assertInstanceOf(TraditionalHairTransplantation.class, arm(hair, "HT").getInterventions().get(0));
    }

    @Test
    void alopeciaEligibilityIsStructuredAfterLoading() throws IOException {
        Study hair = reload(LosAlopeciaTrial.build());
        List<EligibilityCriterion> criteria = hair.getEligibilityCriteria();
        assertEquals(9, criteria.size());
        assertTrue(criteria.stream().allMatch(c -> c.getKind() == CriterionKind.INCLUSION));

        DiagnosisCriterion los = (DiagnosisCriterion) criteria.get(0);
        assertEquals(Diagnosis.LOCALIZED_SCLERODERMA, los.getDiagnosis());
        assertEquals("loscat", los.getSupportingInstrumentId());

        NumericRangeCriterion alopecia = (NumericRangeCriterion) criteria.get(2);
        assertEquals("alopeciaDurationMonths", alopecia.getAttribute());
        assertEquals(6.0, alopecia.getMin());
        assertFalse(alopecia.isMinInclusive(), "more than 6 months");
        assertFalse(alopecia.isSetMax());

        NumericRangeCriterion inactive = (NumericRangeCriterion) criteria.get(4);
        assertEquals("inactiveMonths", inactive.getAttribute());
        assertEquals(12.0, inactive.getMin());
        assertFalse(inactive.isMinInclusive(), "more than a year");

        NumericRangeCriterion bmi = (NumericRangeCriterion) criteria.get(6);
        assertEquals(17.0, bmi.getMin());
        assertTrue(bmi.isMinInclusive(), "BMI >= 17");
        assertFalse(bmi.isSetMax());

        NumericRangeCriterion age = (NumericRangeCriterion) criteria.get(7);
        assertEquals("ageYears", age.getAttribute());
        assertEquals(18.0, age.getMin());
        assertEquals(59.0, age.getMax());
        assertTrue(age.isMinInclusive() && age.isMaxInclusive());

        assertEquals(List.of("secondaryAlopeciaFromLoS", "sufficientDonorHair", "fitForSurgery", "consentSigned"),
                criteria.stream().filter(FlagCriterion.class::isInstance)
                        .map(c -> ((FlagCriterion) c).getAttribute()).toList());
    }

    @Test
    void referencesResolveToTheSameObjectsAfterLoading() throws IOException {
        Study face = reload(LosFacialAtrophyTrial.build());
        Subject s2 = face.getSubjects().get(1);
        assertSame(arm(face, "SVF-AFG"), s2.getAllocatedArm());
        assertSame(face.getSites().get(0), s2.getSite());
        Procedure p = s2.getProcedures().get(0);
        assertSame(arm(face, "SVF-AFG").getInterventions().get(0), p.getIntervention());
        assertSame(face.getCellProducts().get(0), p.getCellProduct());
        assertSame(s2, p.getCellProduct().getDonor());
        assertSame(face.getVisitSchedule().get(3), s2.getAssessments().get(0).getVisit());
        assertSame(p, s2.getAdverseEvents().get(0).getProcedure());
        assertEquals(List.of(SubjectState.SCREENED, SubjectState.ENROLLED, SubjectState.ALLOCATED, SubjectState.TREATED,
                SubjectState.FOLLOWED_UP, SubjectState.LOST_TO_FOLLOW_UP),
                face.getSubjects().get(2).getEvents().stream().map(SubjectEvent::getState).toList());
        assertEquals("LOS-FACE-AFG", face.getId());
    }

    @Test
    void generatedValidatorRejectsBadIdsGradesAndMissingValues() {
        Study study = SscHandsMicrograftTrial.build();
        AdverseEvent ae = study.getSubjects().get(0).getAdverseEvents().get(0);
        ae.setCtcaeGrade(6);
        ae.unsetRelatedness(); // not assessed must not pass as NOT_RELATED
        study.getSites().get(0).setId("site 1"); // a space is not allowed
        study.getArms().get(0).setId(null);
        Diagnostic d = Diagnostician.INSTANCE.validate(study);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        String messages = messages(d);
        assertTrue(messages.contains("ctcaeGrade"), messages);
        assertTrue(messages.contains("site 1"), messages);
        assertTrue(messages.contains("'id'"), messages);
        assertTrue(messages.contains("'relatedness'"), messages);
        System.out.println("validator errors as expected:" + messages);
    }

    // ------------------------------------------------------------------ helpers

    private static Arm arm(Study study, String code) {
        return study.getArms().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    private Study reload(Study study) throws IOException {
        Path file = tmp.resolve(study.getId() + "-reload.xmi");
        save(study, file);
        return load(file);
    }

    private static void save(Study study, Path file) throws IOException {
        ResourceSet rs = resourceSet();
        Resource resource = rs.createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(EcoreUtil.copy(study)); // leave the original in no resource
        resource.save(Map.of());
    }

    private static Study load(Path file) {
        Resource resource = resourceSet().getResource(URI.createFileURI(file.toString()), true);
        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
        return (Study) resource.getContents().get(0);
    }

    private static ResourceSet resourceSet() {
        StudyPackage.eINSTANCE.eClass(); // registers the package under its nsURI
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return rs;
    }

    private static long count(Study study) {
        long n = 0;
        for (var i = study.eAllContents(); i.hasNext(); i.next()) {
            n++;
        }
        return n;
    }

    private static String messages(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic child : d.getChildren()) {
            sb.append("\n  ").append(child.getMessage());
        }
        return sb.toString();
    }
}
