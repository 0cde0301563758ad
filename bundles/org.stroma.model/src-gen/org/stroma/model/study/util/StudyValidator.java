/**
 */
package org.stroma.model.study.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;

import org.stroma.model.study.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage
 * @generated
 */
public class StudyValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final StudyValidator INSTANCE = new StudyValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.stroma.model.study";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return StudyPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case StudyPackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case StudyPackage.STUDY:
				return validateStudy((Study)value, diagnostics, context);
			case StudyPackage.REGISTRATION:
				return validateRegistration((Registration)value, diagnostics, context);
			case StudyPackage.SITE:
				return validateSite((Site)value, diagnostics, context);
			case StudyPackage.ARM:
				return validateArm((Arm)value, diagnostics, context);
			case StudyPackage.INTERVENTION:
				return validateIntervention((Intervention)value, diagnostics, context);
			case StudyPackage.CONVENTIONAL_FAT_GRAFTING:
				return validateConventionalFatGrafting((ConventionalFatGrafting)value, diagnostics, context);
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING:
				return validateSvfAssistedFatGrafting((SvfAssistedFatGrafting)value, diagnostics, context);
			case StudyPackage.ADSC_ASSISTED_FAT_GRAFTING:
				return validateAdscAssistedFatGrafting((AdscAssistedFatGrafting)value, diagnostics, context);
			case StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION:
				return validateEcmSvfGelHairTransplantation((EcmSvfGelHairTransplantation)value, diagnostics, context);
			case StudyPackage.TRADITIONAL_HAIR_TRANSPLANTATION:
				return validateTraditionalHairTransplantation((TraditionalHairTransplantation)value, diagnostics, context);
			case StudyPackage.SVF_FINGER_INJECTION:
				return validateSvfFingerInjection((SvfFingerInjection)value, diagnostics, context);
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF:
				return validateFatMicrograftsWithSvf((FatMicrograftsWithSvf)value, diagnostics, context);
			case StudyPackage.STANDARD_CARE:
				return validateStandardCare((StandardCare)value, diagnostics, context);
			case StudyPackage.INJECTION_SITE:
				return validateInjectionSite((InjectionSite)value, diagnostics, context);
			case StudyPackage.VISIT_DEFINITION:
				return validateVisitDefinition((VisitDefinition)value, diagnostics, context);
			case StudyPackage.OUTCOME_MEASURE:
				return validateOutcomeMeasure((OutcomeMeasure)value, diagnostics, context);
			case StudyPackage.ELIGIBILITY_CRITERION:
				return validateEligibilityCriterion((EligibilityCriterion)value, diagnostics, context);
			case StudyPackage.NUMERIC_RANGE_CRITERION:
				return validateNumericRangeCriterion((NumericRangeCriterion)value, diagnostics, context);
			case StudyPackage.DIAGNOSIS_CRITERION:
				return validateDiagnosisCriterion((DiagnosisCriterion)value, diagnostics, context);
			case StudyPackage.FLAG_CRITERION:
				return validateFlagCriterion((FlagCriterion)value, diagnostics, context);
			case StudyPackage.SUBJECT:
				return validateSubject((Subject)value, diagnostics, context);
			case StudyPackage.FLAG_VALUE:
				return validateFlagValue((FlagValue)value, diagnostics, context);
			case StudyPackage.NUMERIC_VALUE:
				return validateNumericValue((NumericValue)value, diagnostics, context);
			case StudyPackage.CONSENT:
				return validateConsent((Consent)value, diagnostics, context);
			case StudyPackage.SUBJECT_EVENT:
				return validateSubjectEvent((SubjectEvent)value, diagnostics, context);
			case StudyPackage.ELIGIBILITY_OVERRIDE:
				return validateEligibilityOverride((EligibilityOverride)value, diagnostics, context);
			case StudyPackage.PROCEDURE:
				return validateProcedure((Procedure)value, diagnostics, context);
			case StudyPackage.DOSE_CALCULATION:
				return validateDoseCalculation((DoseCalculation)value, diagnostics, context);
			case StudyPackage.CELL_PRODUCT:
				return validateCellProduct((CellProduct)value, diagnostics, context);
			case StudyPackage.ASSESSMENT:
				return validateAssessment((Assessment)value, diagnostics, context);
			case StudyPackage.ITEM_VALUE:
				return validateItemValue((ItemValue)value, diagnostics, context);
			case StudyPackage.SCORE_VALUE:
				return validateScoreValue((ScoreValue)value, diagnostics, context);
			case StudyPackage.ADVERSE_EVENT:
				return validateAdverseEvent((AdverseEvent)value, diagnostics, context);
			case StudyPackage.PROTOCOL_DEVIATION:
				return validateProtocolDeviation((ProtocolDeviation)value, diagnostics, context);
			case StudyPackage.IMAGE_REFERENCE:
				return validateImageReference((ImageReference)value, diagnostics, context);
			case StudyPackage.VOLUME_MEASUREMENT:
				return validateVolumeMeasurement((VolumeMeasurement)value, diagnostics, context);
			case StudyPackage.REGISTRY:
				return validateRegistry((org.stroma.model.study.Registry)value, diagnostics, context);
			case StudyPackage.STUDY_DESIGN:
				return validateStudyDesign((StudyDesign)value, diagnostics, context);
			case StudyPackage.MASKING:
				return validateMasking((Masking)value, diagnostics, context);
			case StudyPackage.OUTCOME_KIND:
				return validateOutcomeKind((OutcomeKind)value, diagnostics, context);
			case StudyPackage.CRITERION_KIND:
				return validateCriterionKind((CriterionKind)value, diagnostics, context);
			case StudyPackage.DIAGNOSIS:
				return validateDiagnosis((Diagnosis)value, diagnostics, context);
			case StudyPackage.SEX:
				return validateSex((Sex)value, diagnostics, context);
			case StudyPackage.SUBJECT_STATE:
				return validateSubjectState((SubjectState)value, diagnostics, context);
			case StudyPackage.PROCEDURE_TYPE:
				return validateProcedureType((ProcedureType)value, diagnostics, context);
			case StudyPackage.CELL_PRODUCT_TYPE:
				return validateCellProductType((CellProductType)value, diagnostics, context);
			case StudyPackage.RELATEDNESS:
				return validateRelatedness((Relatedness)value, diagnostics, context);
			case StudyPackage.ADVERSE_EVENT_OUTCOME:
				return validateAdverseEventOutcome((AdverseEventOutcome)value, diagnostics, context);
			case StudyPackage.IMAGE_KIND:
				return validateImageKind((ImageKind)value, diagnostics, context);
			case StudyPackage.IDENTIFIER:
				return validateIdentifier((String)value, diagnostics, context);
			case StudyPackage.CTCAE_GRADE:
				return validateCtcaeGrade((Integer)value, diagnostics, context);
			case StudyPackage.PERCENTAGE:
				return validatePercentage((Double)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(study, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegistration(Registration registration, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(registration, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSite(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(site, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArm(Arm arm, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(arm, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntervention(Intervention intervention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(intervention, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConventionalFatGrafting(ConventionalFatGrafting conventionalFatGrafting, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(conventionalFatGrafting, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSvfAssistedFatGrafting(SvfAssistedFatGrafting svfAssistedFatGrafting, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(svfAssistedFatGrafting, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdscAssistedFatGrafting(AdscAssistedFatGrafting adscAssistedFatGrafting, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(adscAssistedFatGrafting, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEcmSvfGelHairTransplantation(EcmSvfGelHairTransplantation ecmSvfGelHairTransplantation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ecmSvfGelHairTransplantation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTraditionalHairTransplantation(TraditionalHairTransplantation traditionalHairTransplantation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(traditionalHairTransplantation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSvfFingerInjection(SvfFingerInjection svfFingerInjection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(svfFingerInjection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFatMicrograftsWithSvf(FatMicrograftsWithSvf fatMicrograftsWithSvf, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(fatMicrograftsWithSvf, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardCare(StandardCare standardCare, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(standardCare, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInjectionSite(InjectionSite injectionSite, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(injectionSite, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVisitDefinition(VisitDefinition visitDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(visitDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOutcomeMeasure(OutcomeMeasure outcomeMeasure, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(outcomeMeasure, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEligibilityCriterion(EligibilityCriterion eligibilityCriterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(eligibilityCriterion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNumericRangeCriterion(NumericRangeCriterion numericRangeCriterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(numericRangeCriterion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagnosisCriterion(DiagnosisCriterion diagnosisCriterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagnosisCriterion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlagCriterion(FlagCriterion flagCriterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flagCriterion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubject(Subject subject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(subject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlagValue(FlagValue flagValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flagValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNumericValue(NumericValue numericValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(numericValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsent(Consent consent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(consent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubjectEvent(SubjectEvent subjectEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(subjectEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEligibilityOverride(EligibilityOverride eligibilityOverride, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(eligibilityOverride, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcedure(Procedure procedure, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(procedure, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDoseCalculation(DoseCalculation doseCalculation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(doseCalculation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCellProduct(CellProduct cellProduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cellProduct, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessment(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(assessment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateItemValue(ItemValue itemValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(itemValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScoreValue(ScoreValue scoreValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scoreValue, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdverseEvent(AdverseEvent adverseEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(adverseEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProtocolDeviation(ProtocolDeviation protocolDeviation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(protocolDeviation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImageReference(ImageReference imageReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(imageReference, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVolumeMeasurement(VolumeMeasurement volumeMeasurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(volumeMeasurement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegistry(org.stroma.model.study.Registry registry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudyDesign(StudyDesign studyDesign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMasking(Masking masking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOutcomeKind(OutcomeKind outcomeKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCriterionKind(CriterionKind criterionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagnosis(Diagnosis diagnosis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSex(Sex sex, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSubjectState(SubjectState subjectState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcedureType(ProcedureType procedureType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCellProductType(CellProductType cellProductType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelatedness(Relatedness relatedness, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdverseEventOutcome(AdverseEventOutcome adverseEventOutcome, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImageKind(ImageKind imageKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIdentifier_Pattern(identifier, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIdentifier_Pattern
	 */
	public static final  PatternMatcher [][] IDENTIFIER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9][A-Za-z0-9\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Identifier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier_Pattern(String identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(StudyPackage.Literals.IDENTIFIER, identifier, IDENTIFIER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCtcaeGrade(int ctcaeGrade, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCtcaeGrade_Min(ctcaeGrade, diagnostics, context);
		if (result || diagnostics != null) result &= validateCtcaeGrade_Max(ctcaeGrade, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCtcaeGrade_Min
	 */
	public static final int CTCAE_GRADE__MIN__VALUE = 1;

	/**
	 * Validates the Min constraint of '<em>Ctcae Grade</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCtcaeGrade_Min(int ctcaeGrade, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = ctcaeGrade >= CTCAE_GRADE__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(StudyPackage.Literals.CTCAE_GRADE, ctcaeGrade, CTCAE_GRADE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCtcaeGrade_Max
	 */
	public static final int CTCAE_GRADE__MAX__VALUE = 5;

	/**
	 * Validates the Max constraint of '<em>Ctcae Grade</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCtcaeGrade_Max(int ctcaeGrade, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = ctcaeGrade <= CTCAE_GRADE__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(StudyPackage.Literals.CTCAE_GRADE, ctcaeGrade, CTCAE_GRADE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePercentage(double percentage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePercentage_Min(percentage, diagnostics, context);
		if (result || diagnostics != null) result &= validatePercentage_Max(percentage, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePercentage_Min
	 */
	public static final double PERCENTAGE__MIN__VALUE = 0.0;

	/**
	 * Validates the Min constraint of '<em>Percentage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePercentage_Min(double percentage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = percentage >= PERCENTAGE__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(StudyPackage.Literals.PERCENTAGE, percentage, PERCENTAGE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePercentage_Max
	 */
	public static final double PERCENTAGE__MAX__VALUE = 100.0;

	/**
	 * Validates the Max constraint of '<em>Percentage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePercentage_Max(double percentage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = percentage <= PERCENTAGE__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(StudyPackage.Literals.PERCENTAGE, percentage, PERCENTAGE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //StudyValidator
