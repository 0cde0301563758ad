/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.stroma.model.study.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyFactoryImpl extends EFactoryImpl implements StudyFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static StudyFactory init() {
		try {
			StudyFactory theStudyFactory = (StudyFactory)EPackage.Registry.INSTANCE.getEFactory(StudyPackage.eNS_URI);
			if (theStudyFactory != null) {
				return theStudyFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new StudyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case StudyPackage.STUDY: return createStudy();
			case StudyPackage.REGISTRATION: return createRegistration();
			case StudyPackage.SITE: return createSite();
			case StudyPackage.ARM: return createArm();
			case StudyPackage.CONVENTIONAL_FAT_GRAFTING: return createConventionalFatGrafting();
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING: return createSvfAssistedFatGrafting();
			case StudyPackage.ADSC_ASSISTED_FAT_GRAFTING: return createAdscAssistedFatGrafting();
			case StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION: return createEcmSvfGelHairTransplantation();
			case StudyPackage.TRADITIONAL_HAIR_TRANSPLANTATION: return createTraditionalHairTransplantation();
			case StudyPackage.SVF_FINGER_INJECTION: return createSvfFingerInjection();
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF: return createFatMicrograftsWithSvf();
			case StudyPackage.STANDARD_CARE: return createStandardCare();
			case StudyPackage.INJECTION_SITE: return createInjectionSite();
			case StudyPackage.VISIT_DEFINITION: return createVisitDefinition();
			case StudyPackage.OUTCOME_MEASURE: return createOutcomeMeasure();
			case StudyPackage.NUMERIC_RANGE_CRITERION: return createNumericRangeCriterion();
			case StudyPackage.DIAGNOSIS_CRITERION: return createDiagnosisCriterion();
			case StudyPackage.FLAG_CRITERION: return createFlagCriterion();
			case StudyPackage.SUBJECT: return createSubject();
			case StudyPackage.FLAG_VALUE: return createFlagValue();
			case StudyPackage.NUMERIC_VALUE: return createNumericValue();
			case StudyPackage.CONSENT: return createConsent();
			case StudyPackage.SUBJECT_EVENT: return createSubjectEvent();
			case StudyPackage.ELIGIBILITY_OVERRIDE: return createEligibilityOverride();
			case StudyPackage.PROCEDURE: return createProcedure();
			case StudyPackage.DOSE_CALCULATION: return createDoseCalculation();
			case StudyPackage.CELL_PRODUCT: return createCellProduct();
			case StudyPackage.ASSESSMENT: return createAssessment();
			case StudyPackage.ITEM_VALUE: return createItemValue();
			case StudyPackage.SCORE_VALUE: return createScoreValue();
			case StudyPackage.ADVERSE_EVENT: return createAdverseEvent();
			case StudyPackage.PROTOCOL_DEVIATION: return createProtocolDeviation();
			case StudyPackage.IMAGE_REFERENCE: return createImageReference();
			case StudyPackage.VOLUME_MEASUREMENT: return createVolumeMeasurement();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case StudyPackage.REGISTRY:
				return createRegistryFromString(eDataType, initialValue);
			case StudyPackage.STUDY_DESIGN:
				return createStudyDesignFromString(eDataType, initialValue);
			case StudyPackage.MASKING:
				return createMaskingFromString(eDataType, initialValue);
			case StudyPackage.OUTCOME_KIND:
				return createOutcomeKindFromString(eDataType, initialValue);
			case StudyPackage.CRITERION_KIND:
				return createCriterionKindFromString(eDataType, initialValue);
			case StudyPackage.DIAGNOSIS:
				return createDiagnosisFromString(eDataType, initialValue);
			case StudyPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case StudyPackage.SUBJECT_STATE:
				return createSubjectStateFromString(eDataType, initialValue);
			case StudyPackage.PROCEDURE_TYPE:
				return createProcedureTypeFromString(eDataType, initialValue);
			case StudyPackage.CELL_PRODUCT_TYPE:
				return createCellProductTypeFromString(eDataType, initialValue);
			case StudyPackage.RELATEDNESS:
				return createRelatednessFromString(eDataType, initialValue);
			case StudyPackage.ADVERSE_EVENT_OUTCOME:
				return createAdverseEventOutcomeFromString(eDataType, initialValue);
			case StudyPackage.IMAGE_KIND:
				return createImageKindFromString(eDataType, initialValue);
			case StudyPackage.IDENTIFIER:
				return createIdentifierFromString(eDataType, initialValue);
			case StudyPackage.CTCAE_GRADE:
				return createCtcaeGradeFromString(eDataType, initialValue);
			case StudyPackage.PERCENTAGE:
				return createPercentageFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case StudyPackage.REGISTRY:
				return convertRegistryToString(eDataType, instanceValue);
			case StudyPackage.STUDY_DESIGN:
				return convertStudyDesignToString(eDataType, instanceValue);
			case StudyPackage.MASKING:
				return convertMaskingToString(eDataType, instanceValue);
			case StudyPackage.OUTCOME_KIND:
				return convertOutcomeKindToString(eDataType, instanceValue);
			case StudyPackage.CRITERION_KIND:
				return convertCriterionKindToString(eDataType, instanceValue);
			case StudyPackage.DIAGNOSIS:
				return convertDiagnosisToString(eDataType, instanceValue);
			case StudyPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case StudyPackage.SUBJECT_STATE:
				return convertSubjectStateToString(eDataType, instanceValue);
			case StudyPackage.PROCEDURE_TYPE:
				return convertProcedureTypeToString(eDataType, instanceValue);
			case StudyPackage.CELL_PRODUCT_TYPE:
				return convertCellProductTypeToString(eDataType, instanceValue);
			case StudyPackage.RELATEDNESS:
				return convertRelatednessToString(eDataType, instanceValue);
			case StudyPackage.ADVERSE_EVENT_OUTCOME:
				return convertAdverseEventOutcomeToString(eDataType, instanceValue);
			case StudyPackage.IMAGE_KIND:
				return convertImageKindToString(eDataType, instanceValue);
			case StudyPackage.IDENTIFIER:
				return convertIdentifierToString(eDataType, instanceValue);
			case StudyPackage.CTCAE_GRADE:
				return convertCtcaeGradeToString(eDataType, instanceValue);
			case StudyPackage.PERCENTAGE:
				return convertPercentageToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Registration createRegistration() {
		RegistrationImpl registration = new RegistrationImpl();
		return registration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm createArm() {
		ArmImpl arm = new ArmImpl();
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConventionalFatGrafting createConventionalFatGrafting() {
		ConventionalFatGraftingImpl conventionalFatGrafting = new ConventionalFatGraftingImpl();
		return conventionalFatGrafting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SvfAssistedFatGrafting createSvfAssistedFatGrafting() {
		SvfAssistedFatGraftingImpl svfAssistedFatGrafting = new SvfAssistedFatGraftingImpl();
		return svfAssistedFatGrafting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdscAssistedFatGrafting createAdscAssistedFatGrafting() {
		AdscAssistedFatGraftingImpl adscAssistedFatGrafting = new AdscAssistedFatGraftingImpl();
		return adscAssistedFatGrafting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcmSvfGelHairTransplantation createEcmSvfGelHairTransplantation() {
		EcmSvfGelHairTransplantationImpl ecmSvfGelHairTransplantation = new EcmSvfGelHairTransplantationImpl();
		return ecmSvfGelHairTransplantation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TraditionalHairTransplantation createTraditionalHairTransplantation() {
		TraditionalHairTransplantationImpl traditionalHairTransplantation = new TraditionalHairTransplantationImpl();
		return traditionalHairTransplantation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SvfFingerInjection createSvfFingerInjection() {
		SvfFingerInjectionImpl svfFingerInjection = new SvfFingerInjectionImpl();
		return svfFingerInjection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FatMicrograftsWithSvf createFatMicrograftsWithSvf() {
		FatMicrograftsWithSvfImpl fatMicrograftsWithSvf = new FatMicrograftsWithSvfImpl();
		return fatMicrograftsWithSvf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardCare createStandardCare() {
		StandardCareImpl standardCare = new StandardCareImpl();
		return standardCare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InjectionSite createInjectionSite() {
		InjectionSiteImpl injectionSite = new InjectionSiteImpl();
		return injectionSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitDefinition createVisitDefinition() {
		VisitDefinitionImpl visitDefinition = new VisitDefinitionImpl();
		return visitDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeMeasure createOutcomeMeasure() {
		OutcomeMeasureImpl outcomeMeasure = new OutcomeMeasureImpl();
		return outcomeMeasure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumericRangeCriterion createNumericRangeCriterion() {
		NumericRangeCriterionImpl numericRangeCriterion = new NumericRangeCriterionImpl();
		return numericRangeCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagnosisCriterion createDiagnosisCriterion() {
		DiagnosisCriterionImpl diagnosisCriterion = new DiagnosisCriterionImpl();
		return diagnosisCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlagCriterion createFlagCriterion() {
		FlagCriterionImpl flagCriterion = new FlagCriterionImpl();
		return flagCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject createSubject() {
		SubjectImpl subject = new SubjectImpl();
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlagValue createFlagValue() {
		FlagValueImpl flagValue = new FlagValueImpl();
		return flagValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumericValue createNumericValue() {
		NumericValueImpl numericValue = new NumericValueImpl();
		return numericValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consent createConsent() {
		ConsentImpl consent = new ConsentImpl();
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectEvent createSubjectEvent() {
		SubjectEventImpl subjectEvent = new SubjectEventImpl();
		return subjectEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EligibilityOverride createEligibilityOverride() {
		EligibilityOverrideImpl eligibilityOverride = new EligibilityOverrideImpl();
		return eligibilityOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Procedure createProcedure() {
		ProcedureImpl procedure = new ProcedureImpl();
		return procedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseCalculation createDoseCalculation() {
		DoseCalculationImpl doseCalculation = new DoseCalculationImpl();
		return doseCalculation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellProduct createCellProduct() {
		CellProductImpl cellProduct = new CellProductImpl();
		return cellProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemValue createItemValue() {
		ItemValueImpl itemValue = new ItemValueImpl();
		return itemValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreValue createScoreValue() {
		ScoreValueImpl scoreValue = new ScoreValueImpl();
		return scoreValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdverseEvent createAdverseEvent() {
		AdverseEventImpl adverseEvent = new AdverseEventImpl();
		return adverseEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolDeviation createProtocolDeviation() {
		ProtocolDeviationImpl protocolDeviation = new ProtocolDeviationImpl();
		return protocolDeviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageReference createImageReference() {
		ImageReferenceImpl imageReference = new ImageReferenceImpl();
		return imageReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VolumeMeasurement createVolumeMeasurement() {
		VolumeMeasurementImpl volumeMeasurement = new VolumeMeasurementImpl();
		return volumeMeasurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Registry createRegistryFromString(EDataType eDataType, String initialValue) {
		Registry result = Registry.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegistryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyDesign createStudyDesignFromString(EDataType eDataType, String initialValue) {
		StudyDesign result = StudyDesign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyDesignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Masking createMaskingFromString(EDataType eDataType, String initialValue) {
		Masking result = Masking.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMaskingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutcomeKind createOutcomeKindFromString(EDataType eDataType, String initialValue) {
		OutcomeKind result = OutcomeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutcomeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriterionKind createCriterionKindFromString(EDataType eDataType, String initialValue) {
		CriterionKind result = CriterionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriterionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Diagnosis createDiagnosisFromString(EDataType eDataType, String initialValue) {
		Diagnosis result = Diagnosis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiagnosisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubjectState createSubjectStateFromString(EDataType eDataType, String initialValue) {
		SubjectState result = SubjectState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubjectStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcedureType createProcedureTypeFromString(EDataType eDataType, String initialValue) {
		ProcedureType result = ProcedureType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProcedureTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CellProductType createCellProductTypeFromString(EDataType eDataType, String initialValue) {
		CellProductType result = CellProductType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCellProductTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Relatedness createRelatednessFromString(EDataType eDataType, String initialValue) {
		Relatedness result = Relatedness.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelatednessToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdverseEventOutcome createAdverseEventOutcomeFromString(EDataType eDataType, String initialValue) {
		AdverseEventOutcome result = AdverseEventOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdverseEventOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageKind createImageKindFromString(EDataType eDataType, String initialValue) {
		ImageKind result = ImageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIdentifierFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIdentifierToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createCtcaeGradeFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCtcaeGradeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Double createPercentageFromString(EDataType eDataType, String initialValue) {
		return (Double)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPercentageToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyPackage getStudyPackage() {
		return (StudyPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static StudyPackage getPackage() {
		return StudyPackage.eINSTANCE;
	}

} //StudyFactoryImpl
