package org.stroma.model.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stroma.demo.DemoDatabase;
import org.stroma.demo.DemoStudies;
import org.stroma.model.study.*;

/**
 * The four designs of domain.md, as the demo builds them with their subjects, procedures, cell
 * products, assessments and harms, survive XMI unchanged and keep the terms of their protocols.
 * The expected values are the protocols' own, written here rather than read from the demo.
 */
class StudyRoundTripTest {

    /** Built once and only read; a test that changes a study changes a copy. */
    private static final List<Study> DEMO = DemoStudies.create(DemoDatabase.SEED);

    @TempDir
    Path tmp;

    /**
     * One design as domain.md states it.
     *
     * @param size   patients enrolled (randomized, where the design randomizes)
     * @param arms   the arm codes, in the order the protocol lists the arms
     */
    record Design(String label, String id, StudyDesign design, int size, List<String> arms) {

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Design> designs() {
        return Stream.of(
                new Design("1 LoS facial atrophy, 3-arm RCT", "LOS-FACE", StudyDesign.PARALLEL_RANDOMIZED, 18,
                        List.of("AFG", "SVF-AFG", "ADSC-AFG")),
                new Design("2 LoS alopecia, 2-arm RCT", "LOS-HAIR", StudyDesign.PARALLEL_RANDOMIZED, 40,
                        List.of("GEL-HT", "HT")),
                new Design("3 SSc hands, single arm", "SSC-HAND-SVF", StudyDesign.SINGLE_ARM, 7, List.of("SVF")),
                new Design("4 SSc hands, open-label 1:1 RCT", "SSC-HAND-RCT", StudyDesign.PARALLEL_RANDOMIZED, 20,
                        List.of("MG-SVF", "SOC")));
    }

    @Test
    void theDemoHoldsTheFourDesignsInOrder() {
        assertEquals(designs().map(Design::id).toList(), DEMO.stream().map(Study::getId).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void roundTripsThroughXmiUnchanged(Design design) throws IOException {
        Study study = demo(design.id());
        Path file = tmp.resolve(study.getId() + ".xmi");
        save(study, file);

        Study loaded = load(file);

        assertNotSame(study, loaded);
        assertTrue(EcoreUtil.equals(study, loaded), "loaded study differs from the saved one");
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(loaded.eResource()).isEmpty(), "unresolved references");
        assertEveryReferenceStaysInside(loaded);
        Path again = tmp.resolve(study.getId() + "-again.xmi");
        save(loaded, again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), "second save differs from the first");
        Study changed = EcoreUtil.copy(loaded); // the comparison must notice a change deep in a subject
        changed.getSubjects().get(0).getEvents().get(0).setReason("changed");
        assertFalse(EcoreUtil.equals(study, changed));
        System.out.printf("round trip OK  %-34s %-14s arms=%d visits=%d criteria=%d subjects=%d objects=%d xmi=%d bytes%n",
                design, loaded.getId(), loaded.getArms().size(), loaded.getVisitSchedule().size(),
                loaded.getEligibilityCriteria().size(), loaded.getSubjects().size(), count(loaded), Files.size(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void passesTheGeneratedValidator(Design design) {
        Diagnostic d = Diagnostician.INSTANCE.validate(demo(design.id()));
        assertEquals(Diagnostic.OK, d.getSeverity(), () -> messages(d));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void keepsTheDesignAndItsRealSizeAfterLoading(Design design) throws IOException {
        Study study = reload(demo(design.id()));
        assertEquals(design.design(), study.getDesign());
        assertEquals(design.size(), study.getTargetEnrollment());
        assertEquals(design.arms(), study.getArms().stream().map(Arm::getCode).toList());
        List<Subject> enrolled = study.getSubjects().stream().filter(s -> reached(s, SubjectState.ENROLLED)).toList();
        assertEquals(design.size(), enrolled.size(), "enrolled");
        if (design.design() == StudyDesign.PARALLEL_RANDOMIZED) {
            assertTrue(enrolled.stream().allMatch(s -> reached(s, SubjectState.ALLOCATED)), "every one randomized");
        }
        assertTrue(enrolled.stream().allMatch(s -> s.getAllocatedArm() != null), "every one in an arm");
        assertTrue(study.isSynthetic(), "demonstration data");
    }

    @Test
    void registeredWhereTheSourceSays() throws IOException {
        assertEquals(List.of(Registry.CHICTR), registries(reload(demo("LOS-FACE"))));
        assertEquals(List.of(Registry.CLINICALTRIALS_GOV), registries(reload(demo("LOS-HAIR"))));
        assertEquals(Masking.OPEN_LABEL, reload(demo("SSC-HAND-RCT")).getMasking());
    }

    @Test
    void dosesKeepTheirOwnTermsAfterLoading() throws IOException {
        Study face = reload(demo("LOS-FACE"));
        SvfAssistedFatGrafting svf = (SvfAssistedFatGrafting) arm(face, "SVF-AFG").getInterventions().get(0);
        assertEquals(1.0, svf.getSvfRatioPart(), "SVF:fat 1:1 by volume");
        assertEquals(1.0, svf.getFatRatioPart(), "SVF:fat 1:1 by volume");
        AdscAssistedFatGrafting adsc = (AdscAssistedFatGrafting) arm(face, "ADSC-AFG").getInterventions().get(0);
        assertEquals(5.0e5, adsc.getCellsPerMlFat(), "5 x 10^5 ADSCs per mL of fat");
        assertInstanceOf(ConventionalFatGrafting.class, arm(face, "AFG").getInterventions().get(0));
        assertEquals(List.of(1, 1, 1), face.getArms().stream().map(Arm::getAllocationWeight).toList());

        Study hands = reload(demo("SSC-HAND-SVF"));
        SvfFingerInjection fingers = (SvfFingerInjection) arm(hands, "SVF").getInterventions().get(0);
        assertEquals(25, fingers.getNeedleGauge(), "25G needle");
        // The source of this design gives no volume; the demo plans the 4 x 0.25 mL per finger of a similar protocol.
        assertTrue(fingers.isSetVolumePerSiteMl());
        assertEquals(0.25, fingers.getVolumePerSiteMl());
        assertFalse(fingers.getPlannedInjectionSites().isEmpty());
        for (InjectionSite finger : fingers.getPlannedInjectionSites()) {
            assertEquals(0.25, finger.getVolumeMl(), finger.getSiteName());
            assertEquals(4, finger.getInjectionCount(), finger.getSiteName());
        }

        Study micro = reload(demo("SSC-HAND-RCT"));
        Arm treated = arm(micro, "MG-SVF");
        FatMicrograftsWithSvf mg = (FatMicrograftsWithSvf) treated.getInterventions().get(0);
        assertEquals(40.0, mg.getFatVolumeMl(), "about 40 mL of fat");
        assertEquals(2.0, mg.getSvfVolumeMl(), "with 2 mL of SVF");
        assertEquals(0.5, mg.getPlannedInjectionSites().get(0).getVolumeMl());
        List<InjectionSite> joints = mg.getPlannedInjectionSites().stream()
                .filter(i -> i.getSiteName().contains("each side")).toList();
        assertFalse(joints.isEmpty(), "finger joints");
        for (InjectionSite joint : joints) {
            assertEquals(0.5, joint.getVolumeMl(), "0.5 mL each side of " + joint.getSiteName());
            assertEquals(2, joint.getInjectionCount(), "each side of " + joint.getSiteName());
        }
        for (String larger : List.of("thumb base", "palm", "dorsum")) {
            InjectionSite site = mg.getPlannedInjectionSites().stream().filter(i -> i.getSiteName().equals(larger))
                    .findFirst().orElseThrow(() -> new AssertionError("no planned site " + larger));
            assertTrue(site.getVolumeMl() > 0.5, "larger volume at the " + larger);
        }
        assertInstanceOf(StandardCare.class, treated.getInterventions().get(1));
        assertInstanceOf(StandardCare.class, arm(micro, "SOC").getInterventions().get(0));
        assertEquals(List.of(1, 1), micro.getArms().stream().map(Arm::getAllocationWeight).toList(), "1:1");

        Study hair = reload(demo("LOS-HAIR"));
        EcmSvfGelHairTransplantation gel = assertInstanceOf(EcmSvfGelHairTransplantation.class,
                arm(hair, "GEL-HT").getInterventions().get(0));
        assertFalse(gel.isSetGelVolumeMl(), "the source gives no gel volume, so it must stay unset");
        assertInstanceOf(TraditionalHairTransplantation.class, arm(hair, "HT").getInterventions().get(0));
    }

    @Test
    void alopeciaEligibilityIsStructuredAfterLoading() throws IOException {
        Study hair = reload(demo("LOS-HAIR"));
        List<EligibilityCriterion> criteria = hair.getEligibilityCriteria();
        assertEquals(9, criteria.size());
        assertTrue(criteria.stream().allMatch(c -> c.getKind() == CriterionKind.INCLUSION));

        DiagnosisCriterion los = (DiagnosisCriterion) criteria.get(0);
        assertEquals(Diagnosis.LOCALIZED_SCLERODERMA, los.getDiagnosis());
        assertEquals("loscat", los.getSupportingInstrumentId(), "LoSCAT may support the diagnosis");

        NumericRangeCriterion alopecia = range(criteria, "alopeciaDurationMonths");
        assertEquals(6.0, alopecia.getMin());
        assertFalse(alopecia.isMinInclusive(), "more than 6 months");
        assertFalse(alopecia.isSetMax());

        NumericRangeCriterion inactive = range(criteria, "inactiveMonths");
        assertEquals(12.0, inactive.getMin());
        assertFalse(inactive.isMinInclusive(), "more than a year");
        assertFalse(inactive.isSetMax());

        NumericRangeCriterion bmi = range(criteria, "bmi");
        assertEquals(17.0, bmi.getMin());
        assertTrue(bmi.isMinInclusive(), "BMI >= 17");
        assertFalse(bmi.isSetMax());

        NumericRangeCriterion age = range(criteria, "ageYears");
        assertEquals(18.0, age.getMin());
        assertEquals(59.0, age.getMax());
        assertTrue(age.isMinInclusive() && age.isMaxInclusive(), "18 to 59");

        assertEquals(List.of("secondaryAlopeciaFromLoS", "sufficientDonorHair", "fitForSurgery", "consentSigned"),
                criteria.stream().filter(FlagCriterion.class::isInstance)
                        .map(c -> ((FlagCriterion) c).getAttribute()).toList());
        assertTrue(criteria.stream().filter(FlagCriterion.class::isInstance)
                .allMatch(c -> ((FlagCriterion) c).isExpectedValue()));
    }

    @Test
    void referencesResolveToTheSameObjectsAfterLoading() throws IOException {
        Study face = reload(demo("LOS-FACE"));
        assertEquals("LOS-FACE", face.getId());
        Arm svfArm = arm(face, "SVF-AFG");
        VisitDefinition m6 = visit(face, "M6");
        Subject s = face.getSubjects().stream()
                .filter(x -> x.getAllocatedArm() == svfArm && x.getAssessments().stream().anyMatch(a -> a.getVisit() == m6))
                .findFirst().orElseThrow();
        assertSame(face.getSites().get(0), s.getSite());
        Procedure p = s.getProcedures().stream().filter(x -> x.getType() == ProcedureType.FAT_GRAFTING).findFirst()
                .orElseThrow();
        assertSame(svfArm.getInterventions().get(0), p.getIntervention());
        assertSame(visit(face, "D0"), p.getVisit());
        CellProduct product = p.getCellProduct();
        assertEquals(CellProductType.SVF, product.getType());
        assertTrue(face.getCellProducts().stream().anyMatch(c -> c == product), "the study's own lot");
        assertSame(s, product.getDonor(), "autologous");

        List<AdverseEvent> harms = face.getSubjects().stream().flatMap(x -> x.getAdverseEvents().stream())
                .filter(ae -> ae.getProcedure() != null).toList();
        assertFalse(harms.isEmpty(), "harms linked to a procedure");
        for (AdverseEvent ae : harms) {
            Subject patient = (Subject) ae.eContainer();
            assertTrue(patient.getProcedures().stream().anyMatch(x -> x == ae.getProcedure()), ae.getTerm());
        }

        Subject lost = face.getSubjects().stream().filter(x -> reached(x, SubjectState.LOST_TO_FOLLOW_UP)).findFirst()
                .orElseThrow();
        assertEquals(List.of(SubjectState.SCREENED, SubjectState.ENROLLED, SubjectState.ALLOCATED, SubjectState.TREATED,
                SubjectState.LOST_TO_FOLLOW_UP), lost.getEvents().stream().map(SubjectEvent::getState).toList());
        assertSame(m6, lost.getEvents().get(4).getVisit(), "the visit missed");
    }

    @Test
    void generatedValidatorRejectsBadIdsGradesAndMissingValues() {
        Study study = EcoreUtil.copy(demo("SSC-HAND-RCT"));
        AdverseEvent ae = study.getSubjects().stream().flatMap(s -> s.getAdverseEvents().stream()).findFirst()
                .orElseThrow();
        ae.setCtcaeGrade(6); // CTCAE ends at 5, death
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

    private static Study demo(String id) {
        return DEMO.stream().filter(s -> s.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo study " + id));
    }

    private static Arm arm(Study study, String code) {
        return study.getArms().stream().filter(a -> a.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(study.getId() + " has no arm " + code));
    }

    private static VisitDefinition visit(Study study, String code) {
        return study.getVisitSchedule().stream().filter(v -> v.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(study.getId() + " has no visit " + code));
    }

    private static NumericRangeCriterion range(List<EligibilityCriterion> criteria, String attribute) {
        return criteria.stream().filter(NumericRangeCriterion.class::isInstance).map(NumericRangeCriterion.class::cast)
                .filter(c -> c.getAttribute().equals(attribute)).findFirst()
                .orElseThrow(() -> new AssertionError("no range criterion on " + attribute));
    }

    private static List<Registry> registries(Study study) {
        return study.getRegistrations().stream().map(Registration::getRegistry).toList();
    }

    private static boolean reached(Subject s, SubjectState state) {
        return s.getEvents().stream().anyMatch(e -> e.getState() == state);
    }

    /** Every cross-reference of the loaded study points to an object of that same study. */
    private static void assertEveryReferenceStaysInside(Study loaded) {
        for (var i = loaded.eAllContents(); i.hasNext();) {
            EObject source = i.next();
            for (EObject target : source.eCrossReferences()) {
                assertTrue(EcoreUtil.isAncestor(loaded, target),
                        () -> EcoreUtil.getURI(source) + " points outside the study to " + target);
            }
        }
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
