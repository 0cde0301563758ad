/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.CellProduct;
import org.stroma.model.study.CellProductType;
import org.stroma.model.study.Consent;
import org.stroma.model.study.ConventionalFatGrafting;
import org.stroma.model.study.CriterionKind;
import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.DiagnosisCriterion;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.EcmSvfGelHairTransplantation;
import org.stroma.model.study.EligibilityCriterion;
import org.stroma.model.study.EligibilityOverride;
import org.stroma.model.study.FatMicrograftsWithSvf;
import org.stroma.model.study.FlagCriterion;
import org.stroma.model.study.FlagValue;
import org.stroma.model.study.Identified;
import org.stroma.model.study.ImageKind;
import org.stroma.model.study.ImageReference;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Intervention;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Masking;
import org.stroma.model.study.NumericRangeCriterion;
import org.stroma.model.study.NumericValue;
import org.stroma.model.study.OutcomeKind;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.ProtocolDeviation;
import org.stroma.model.study.Registration;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Sex;
import org.stroma.model.study.Site;
import org.stroma.model.study.StandardCare;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.SvfAssistedFatGrafting;
import org.stroma.model.study.SvfFingerInjection;
import org.stroma.model.study.TraditionalHairTransplantation;
import org.stroma.model.study.VisitDefinition;
import org.stroma.model.study.VolumeMeasurement;

import org.stroma.model.study.util.StudyValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyPackageImpl extends EPackageImpl implements StudyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass armEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conventionalFatGraftingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass svfAssistedFatGraftingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adscAssistedFatGraftingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ecmSvfGelHairTransplantationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traditionalHairTransplantationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass svfFingerInjectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fatMicrograftsWithSvfEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardCareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass injectionSiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass visitDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeMeasureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eligibilityCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass numericRangeCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagnosisCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flagCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flagValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass numericValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subjectEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eligibilityOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass procedureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass doseCalculationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cellProductEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adverseEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolDeviationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeMeasurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum registryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum studyDesignEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum maskingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outcomeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criterionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diagnosisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subjectStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum procedureTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cellProductTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relatednessEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adverseEventOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum imageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType identifierEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ctcaeGradeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType percentageEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.stroma.model.study.StudyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StudyPackageImpl() {
		super(eNS_URI, StudyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link StudyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StudyPackage init() {
		if (isInited) return (StudyPackage)EPackage.Registry.INSTANCE.getEPackage(StudyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStudyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StudyPackageImpl theStudyPackage = registeredStudyPackage instanceof StudyPackageImpl ? (StudyPackageImpl)registeredStudyPackage : new StudyPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theStudyPackage.createPackageContents();

		// Initialize created meta-data
		theStudyPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theStudyPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return StudyValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theStudyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StudyPackage.eNS_URI, theStudyPackage);
		return theStudyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Acronym() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Title() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ProtocolVersion() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Design() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Masking() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_TargetEnrollment() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Synthetic() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Registrations() {
		return (EReference)studyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Sites() {
		return (EReference)studyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Arms() {
		return (EReference)studyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_VisitSchedule() {
		return (EReference)studyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_EligibilityCriteria() {
		return (EReference)studyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_OutcomeMeasures() {
		return (EReference)studyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_CellProducts() {
		return (EReference)studyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Subjects() {
		return (EReference)studyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegistration() {
		return registrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistration_Registry() {
		return (EAttribute)registrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistration_Identifier() {
		return (EAttribute)registrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Code() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Name() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Country() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArm() {
		return armEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_Code() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_Name() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_Description() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_AllocationWeight() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArm_Interventions() {
		return (EReference)armEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntervention() {
		return interventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Description() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_TargetArea() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntervention_PlannedInjectionSites() {
		return (EReference)interventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConventionalFatGrafting() {
		return conventionalFatGraftingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSvfAssistedFatGrafting() {
		return svfAssistedFatGraftingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSvfAssistedFatGrafting_SvfRatioPart() {
		return (EAttribute)svfAssistedFatGraftingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSvfAssistedFatGrafting_FatRatioPart() {
		return (EAttribute)svfAssistedFatGraftingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdscAssistedFatGrafting() {
		return adscAssistedFatGraftingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdscAssistedFatGrafting_CellsPerMlFat() {
		return (EAttribute)adscAssistedFatGraftingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEcmSvfGelHairTransplantation() {
		return ecmSvfGelHairTransplantationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcmSvfGelHairTransplantation_GelVolumeMl() {
		return (EAttribute)ecmSvfGelHairTransplantationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraditionalHairTransplantation() {
		return traditionalHairTransplantationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSvfFingerInjection() {
		return svfFingerInjectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSvfFingerInjection_VolumePerSiteMl() {
		return (EAttribute)svfFingerInjectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSvfFingerInjection_NeedleGauge() {
		return (EAttribute)svfFingerInjectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFatMicrograftsWithSvf() {
		return fatMicrograftsWithSvfEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFatMicrograftsWithSvf_FatVolumeMl() {
		return (EAttribute)fatMicrograftsWithSvfEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFatMicrograftsWithSvf_SvfVolumeMl() {
		return (EAttribute)fatMicrograftsWithSvfEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardCare() {
		return standardCareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInjectionSite() {
		return injectionSiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInjectionSite_Region() {
		return (EAttribute)injectionSiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInjectionSite_SiteName() {
		return (EAttribute)injectionSiteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInjectionSite_VolumeMl() {
		return (EAttribute)injectionSiteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInjectionSite_InjectionCount() {
		return (EAttribute)injectionSiteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVisitDefinition() {
		return visitDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_Code() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_Name() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_TargetDay() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_WindowBeforeDays() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_WindowAfterDays() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisitDefinition_InstrumentIds() {
		return (EAttribute)visitDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcomeMeasure() {
		return outcomeMeasureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_Code() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_Title() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_Kind() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_InstrumentId() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_ScoreCode() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutcomeMeasure_TimePoint() {
		return (EReference)outcomeMeasureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_AnalysisId() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_Description() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEligibilityCriterion() {
		return eligibilityCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Code() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Text() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Kind() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNumericRangeCriterion() {
		return numericRangeCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumericRangeCriterion_Attribute() {
		return (EAttribute)numericRangeCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumericRangeCriterion_Min() {
		return (EAttribute)numericRangeCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumericRangeCriterion_Max() {
		return (EAttribute)numericRangeCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumericRangeCriterion_MinInclusive() {
		return (EAttribute)numericRangeCriterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumericRangeCriterion_MaxInclusive() {
		return (EAttribute)numericRangeCriterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagnosisCriterion() {
		return diagnosisCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosisCriterion_Diagnosis() {
		return (EAttribute)diagnosisCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosisCriterion_AllowedSubtypes() {
		return (EAttribute)diagnosisCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosisCriterion_SupportingInstrumentId() {
		return (EAttribute)diagnosisCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlagCriterion() {
		return flagCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagCriterion_Attribute() {
		return (EAttribute)flagCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagCriterion_ExpectedValue() {
		return (EAttribute)flagCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubject() {
		return subjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_ScreeningId() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_SubjectId() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Site() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Sex() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_DateOfBirth() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Bmi() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Diagnosis() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_Subtype() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_DiseaseDurationMonths() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_DiseaseActive() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubject_InactiveMonths() {
		return (EAttribute)subjectEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Flags() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_NumericValues() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Consents() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Events() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_AllocatedArm() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_EligibilityOverride() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Procedures() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Assessments() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_AdverseEvents() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_ProtocolDeviations() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_Images() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubject_VolumeMeasurements() {
		return (EReference)subjectEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlagValue() {
		return flagValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagValue_Name() {
		return (EAttribute)flagValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlagValue_Value() {
		return (EAttribute)flagValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNumericValue() {
		return numericValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumericValue_Name() {
		return (EAttribute)numericValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNumericValue_Value() {
		return (EAttribute)numericValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsent() {
		return consentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Date() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Version() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Signed() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_WithdrawnDate() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubjectEvent() {
		return subjectEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubjectEvent_State() {
		return (EAttribute)subjectEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubjectEvent_Date() {
		return (EAttribute)subjectEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubjectEvent_Reason() {
		return (EAttribute)subjectEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubjectEvent_Visit() {
		return (EReference)subjectEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEligibilityOverride() {
		return eligibilityOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityOverride_Reason() {
		return (EAttribute)eligibilityOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityOverride_CriterionCodes() {
		return (EAttribute)eligibilityOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityOverride_ApprovedBy() {
		return (EAttribute)eligibilityOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityOverride_Date() {
		return (EAttribute)eligibilityOverrideEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcedure() {
		return procedureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_Date() {
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_Type() {
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcedure_Intervention() {
		return (EReference)procedureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcedure_Visit() {
		return (EReference)procedureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_Surgeon() {
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_HarvestSite() {
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_LipoaspirateVolumeMl() {
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcedure_InjectionSites() {
		return (EReference)procedureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcedure_CellProduct() {
		return (EReference)procedureEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcedure_DoseCalculations() {
		return (EReference)procedureEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_Description() {
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDoseCalculation() {
		return doseCalculationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseCalculation_Calculation() {
		return (EAttribute)doseCalculationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseCalculation_FormulaVersion() {
		return (EAttribute)doseCalculationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseCalculation_Inputs() {
		return (EAttribute)doseCalculationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseCalculation_Result() {
		return (EAttribute)doseCalculationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseCalculation_CalculatedBy() {
		return (EAttribute)doseCalculationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoseCalculation_CalculatedAt() {
		return (EAttribute)doseCalculationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCellProduct() {
		return cellProductEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_Lot() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_Type() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellProduct_Donor() {
		return (EReference)cellProductEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_PreparedDate() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_ProcessingMethod() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_VolumeMl() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_TotalCellCount() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_ViabilityPercent() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_PassageNumber() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_PopulationDoublings() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellProduct_DoublingTimeHours() {
		return (EAttribute)cellProductEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Visit() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Date() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_InstrumentId() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_InstrumentVersion() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Assessor() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_AssessorBlinded() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Method() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_ItemValues() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_ScoreValues() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItemValue() {
		return itemValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemValue_Code() {
		return (EAttribute)itemValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItemValue_Value() {
		return (EAttribute)itemValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoreValue() {
		return scoreValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreValue_Code() {
		return (EAttribute)scoreValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreValue_Value() {
		return (EAttribute)scoreValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreValue_Unit() {
		return (EAttribute)scoreValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdverseEvent() {
		return adverseEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Term() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Description() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_OnsetDate() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_ResolutionDate() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Serious() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_CtcaeGrade() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Relatedness() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_Outcome() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdverseEvent_ActionTaken() {
		return (EAttribute)adverseEventEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdverseEvent_Procedure() {
		return (EReference)adverseEventEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocolDeviation() {
		return protocolDeviationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolDeviation_Date() {
		return (EAttribute)protocolDeviationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolDeviation_Description() {
		return (EAttribute)protocolDeviationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolDeviation_Category() {
		return (EAttribute)protocolDeviationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocolDeviation_Major() {
		return (EAttribute)protocolDeviationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImageReference() {
		return imageReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageReference_Kind() {
		return (EAttribute)imageReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImageReference_Visit() {
		return (EReference)imageReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageReference_Date() {
		return (EAttribute)imageReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageReference_RelativePath() {
		return (EAttribute)imageReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageReference_Sha256() {
		return (EAttribute)imageReferenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageReference_Description() {
		return (EAttribute)imageReferenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageReference_View() {
		return (EAttribute)imageReferenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageReference_SeriesUid() {
		return (EAttribute)imageReferenceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolumeMeasurement() {
		return volumeMeasurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeMeasurement_Series() {
		return (EReference)volumeMeasurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMeasurement_Method() {
		return (EAttribute)volumeMeasurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMeasurement_VolumeMl() {
		return (EAttribute)volumeMeasurementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMeasurement_Segmentation() {
		return (EAttribute)volumeMeasurementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolumeMeasurement_Procedure() {
		return (EReference)volumeMeasurementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMeasurement_InjectedVolumeMl() {
		return (EAttribute)volumeMeasurementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMeasurement_RetentionPercent() {
		return (EAttribute)volumeMeasurementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMeasurement_MeasuredBy() {
		return (EAttribute)volumeMeasurementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolumeMeasurement_MeasuredAt() {
		return (EAttribute)volumeMeasurementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRegistry() {
		return registryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStudyDesign() {
		return studyDesignEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMasking() {
		return maskingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutcomeKind() {
		return outcomeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriterionKind() {
		return criterionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiagnosis() {
		return diagnosisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubjectState() {
		return subjectStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProcedureType() {
		return procedureTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCellProductType() {
		return cellProductTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelatedness() {
		return relatednessEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdverseEventOutcome() {
		return adverseEventOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImageKind() {
		return imageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIdentifier() {
		return identifierEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCtcaeGrade() {
		return ctcaeGradeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPercentage() {
		return percentageEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyFactory getStudyFactory() {
		return (StudyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		studyEClass = createEClass(STUDY);
		createEAttribute(studyEClass, STUDY__ACRONYM);
		createEAttribute(studyEClass, STUDY__TITLE);
		createEAttribute(studyEClass, STUDY__PROTOCOL_VERSION);
		createEAttribute(studyEClass, STUDY__DESIGN);
		createEAttribute(studyEClass, STUDY__MASKING);
		createEAttribute(studyEClass, STUDY__TARGET_ENROLLMENT);
		createEAttribute(studyEClass, STUDY__SYNTHETIC);
		createEReference(studyEClass, STUDY__REGISTRATIONS);
		createEReference(studyEClass, STUDY__SITES);
		createEReference(studyEClass, STUDY__ARMS);
		createEReference(studyEClass, STUDY__VISIT_SCHEDULE);
		createEReference(studyEClass, STUDY__ELIGIBILITY_CRITERIA);
		createEReference(studyEClass, STUDY__OUTCOME_MEASURES);
		createEReference(studyEClass, STUDY__CELL_PRODUCTS);
		createEReference(studyEClass, STUDY__SUBJECTS);

		registrationEClass = createEClass(REGISTRATION);
		createEAttribute(registrationEClass, REGISTRATION__REGISTRY);
		createEAttribute(registrationEClass, REGISTRATION__IDENTIFIER);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__CODE);
		createEAttribute(siteEClass, SITE__NAME);
		createEAttribute(siteEClass, SITE__COUNTRY);

		armEClass = createEClass(ARM);
		createEAttribute(armEClass, ARM__CODE);
		createEAttribute(armEClass, ARM__NAME);
		createEAttribute(armEClass, ARM__DESCRIPTION);
		createEAttribute(armEClass, ARM__ALLOCATION_WEIGHT);
		createEReference(armEClass, ARM__INTERVENTIONS);

		interventionEClass = createEClass(INTERVENTION);
		createEAttribute(interventionEClass, INTERVENTION__DESCRIPTION);
		createEAttribute(interventionEClass, INTERVENTION__TARGET_AREA);
		createEReference(interventionEClass, INTERVENTION__PLANNED_INJECTION_SITES);

		conventionalFatGraftingEClass = createEClass(CONVENTIONAL_FAT_GRAFTING);

		svfAssistedFatGraftingEClass = createEClass(SVF_ASSISTED_FAT_GRAFTING);
		createEAttribute(svfAssistedFatGraftingEClass, SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART);
		createEAttribute(svfAssistedFatGraftingEClass, SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART);

		adscAssistedFatGraftingEClass = createEClass(ADSC_ASSISTED_FAT_GRAFTING);
		createEAttribute(adscAssistedFatGraftingEClass, ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT);

		ecmSvfGelHairTransplantationEClass = createEClass(ECM_SVF_GEL_HAIR_TRANSPLANTATION);
		createEAttribute(ecmSvfGelHairTransplantationEClass, ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML);

		traditionalHairTransplantationEClass = createEClass(TRADITIONAL_HAIR_TRANSPLANTATION);

		svfFingerInjectionEClass = createEClass(SVF_FINGER_INJECTION);
		createEAttribute(svfFingerInjectionEClass, SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML);
		createEAttribute(svfFingerInjectionEClass, SVF_FINGER_INJECTION__NEEDLE_GAUGE);

		fatMicrograftsWithSvfEClass = createEClass(FAT_MICROGRAFTS_WITH_SVF);
		createEAttribute(fatMicrograftsWithSvfEClass, FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML);
		createEAttribute(fatMicrograftsWithSvfEClass, FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML);

		standardCareEClass = createEClass(STANDARD_CARE);

		injectionSiteEClass = createEClass(INJECTION_SITE);
		createEAttribute(injectionSiteEClass, INJECTION_SITE__REGION);
		createEAttribute(injectionSiteEClass, INJECTION_SITE__SITE_NAME);
		createEAttribute(injectionSiteEClass, INJECTION_SITE__VOLUME_ML);
		createEAttribute(injectionSiteEClass, INJECTION_SITE__INJECTION_COUNT);

		visitDefinitionEClass = createEClass(VISIT_DEFINITION);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__CODE);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__NAME);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__TARGET_DAY);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__WINDOW_BEFORE_DAYS);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__WINDOW_AFTER_DAYS);
		createEAttribute(visitDefinitionEClass, VISIT_DEFINITION__INSTRUMENT_IDS);

		outcomeMeasureEClass = createEClass(OUTCOME_MEASURE);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__CODE);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__TITLE);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__KIND);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__INSTRUMENT_ID);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__SCORE_CODE);
		createEReference(outcomeMeasureEClass, OUTCOME_MEASURE__TIME_POINT);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__ANALYSIS_ID);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__DESCRIPTION);

		eligibilityCriterionEClass = createEClass(ELIGIBILITY_CRITERION);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__CODE);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__TEXT);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__KIND);

		numericRangeCriterionEClass = createEClass(NUMERIC_RANGE_CRITERION);
		createEAttribute(numericRangeCriterionEClass, NUMERIC_RANGE_CRITERION__ATTRIBUTE);
		createEAttribute(numericRangeCriterionEClass, NUMERIC_RANGE_CRITERION__MIN);
		createEAttribute(numericRangeCriterionEClass, NUMERIC_RANGE_CRITERION__MAX);
		createEAttribute(numericRangeCriterionEClass, NUMERIC_RANGE_CRITERION__MIN_INCLUSIVE);
		createEAttribute(numericRangeCriterionEClass, NUMERIC_RANGE_CRITERION__MAX_INCLUSIVE);

		diagnosisCriterionEClass = createEClass(DIAGNOSIS_CRITERION);
		createEAttribute(diagnosisCriterionEClass, DIAGNOSIS_CRITERION__DIAGNOSIS);
		createEAttribute(diagnosisCriterionEClass, DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES);
		createEAttribute(diagnosisCriterionEClass, DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID);

		flagCriterionEClass = createEClass(FLAG_CRITERION);
		createEAttribute(flagCriterionEClass, FLAG_CRITERION__ATTRIBUTE);
		createEAttribute(flagCriterionEClass, FLAG_CRITERION__EXPECTED_VALUE);

		subjectEClass = createEClass(SUBJECT);
		createEAttribute(subjectEClass, SUBJECT__SCREENING_ID);
		createEAttribute(subjectEClass, SUBJECT__SUBJECT_ID);
		createEReference(subjectEClass, SUBJECT__SITE);
		createEAttribute(subjectEClass, SUBJECT__SEX);
		createEAttribute(subjectEClass, SUBJECT__DATE_OF_BIRTH);
		createEAttribute(subjectEClass, SUBJECT__BMI);
		createEAttribute(subjectEClass, SUBJECT__DIAGNOSIS);
		createEAttribute(subjectEClass, SUBJECT__SUBTYPE);
		createEAttribute(subjectEClass, SUBJECT__DISEASE_DURATION_MONTHS);
		createEAttribute(subjectEClass, SUBJECT__DISEASE_ACTIVE);
		createEAttribute(subjectEClass, SUBJECT__INACTIVE_MONTHS);
		createEReference(subjectEClass, SUBJECT__FLAGS);
		createEReference(subjectEClass, SUBJECT__NUMERIC_VALUES);
		createEReference(subjectEClass, SUBJECT__CONSENTS);
		createEReference(subjectEClass, SUBJECT__EVENTS);
		createEReference(subjectEClass, SUBJECT__ALLOCATED_ARM);
		createEReference(subjectEClass, SUBJECT__ELIGIBILITY_OVERRIDE);
		createEReference(subjectEClass, SUBJECT__PROCEDURES);
		createEReference(subjectEClass, SUBJECT__ASSESSMENTS);
		createEReference(subjectEClass, SUBJECT__ADVERSE_EVENTS);
		createEReference(subjectEClass, SUBJECT__PROTOCOL_DEVIATIONS);
		createEReference(subjectEClass, SUBJECT__IMAGES);
		createEReference(subjectEClass, SUBJECT__VOLUME_MEASUREMENTS);

		flagValueEClass = createEClass(FLAG_VALUE);
		createEAttribute(flagValueEClass, FLAG_VALUE__NAME);
		createEAttribute(flagValueEClass, FLAG_VALUE__VALUE);

		numericValueEClass = createEClass(NUMERIC_VALUE);
		createEAttribute(numericValueEClass, NUMERIC_VALUE__NAME);
		createEAttribute(numericValueEClass, NUMERIC_VALUE__VALUE);

		consentEClass = createEClass(CONSENT);
		createEAttribute(consentEClass, CONSENT__DATE);
		createEAttribute(consentEClass, CONSENT__VERSION);
		createEAttribute(consentEClass, CONSENT__SIGNED);
		createEAttribute(consentEClass, CONSENT__WITHDRAWN_DATE);

		subjectEventEClass = createEClass(SUBJECT_EVENT);
		createEAttribute(subjectEventEClass, SUBJECT_EVENT__STATE);
		createEAttribute(subjectEventEClass, SUBJECT_EVENT__DATE);
		createEAttribute(subjectEventEClass, SUBJECT_EVENT__REASON);
		createEReference(subjectEventEClass, SUBJECT_EVENT__VISIT);

		eligibilityOverrideEClass = createEClass(ELIGIBILITY_OVERRIDE);
		createEAttribute(eligibilityOverrideEClass, ELIGIBILITY_OVERRIDE__REASON);
		createEAttribute(eligibilityOverrideEClass, ELIGIBILITY_OVERRIDE__CRITERION_CODES);
		createEAttribute(eligibilityOverrideEClass, ELIGIBILITY_OVERRIDE__APPROVED_BY);
		createEAttribute(eligibilityOverrideEClass, ELIGIBILITY_OVERRIDE__DATE);

		procedureEClass = createEClass(PROCEDURE);
		createEAttribute(procedureEClass, PROCEDURE__DATE);
		createEAttribute(procedureEClass, PROCEDURE__TYPE);
		createEReference(procedureEClass, PROCEDURE__INTERVENTION);
		createEReference(procedureEClass, PROCEDURE__VISIT);
		createEAttribute(procedureEClass, PROCEDURE__SURGEON);
		createEAttribute(procedureEClass, PROCEDURE__HARVEST_SITE);
		createEAttribute(procedureEClass, PROCEDURE__LIPOASPIRATE_VOLUME_ML);
		createEReference(procedureEClass, PROCEDURE__INJECTION_SITES);
		createEReference(procedureEClass, PROCEDURE__CELL_PRODUCT);
		createEReference(procedureEClass, PROCEDURE__DOSE_CALCULATIONS);
		createEAttribute(procedureEClass, PROCEDURE__DESCRIPTION);

		doseCalculationEClass = createEClass(DOSE_CALCULATION);
		createEAttribute(doseCalculationEClass, DOSE_CALCULATION__CALCULATION);
		createEAttribute(doseCalculationEClass, DOSE_CALCULATION__FORMULA_VERSION);
		createEAttribute(doseCalculationEClass, DOSE_CALCULATION__INPUTS);
		createEAttribute(doseCalculationEClass, DOSE_CALCULATION__RESULT);
		createEAttribute(doseCalculationEClass, DOSE_CALCULATION__CALCULATED_BY);
		createEAttribute(doseCalculationEClass, DOSE_CALCULATION__CALCULATED_AT);

		cellProductEClass = createEClass(CELL_PRODUCT);
		createEAttribute(cellProductEClass, CELL_PRODUCT__LOT);
		createEAttribute(cellProductEClass, CELL_PRODUCT__TYPE);
		createEReference(cellProductEClass, CELL_PRODUCT__DONOR);
		createEAttribute(cellProductEClass, CELL_PRODUCT__PREPARED_DATE);
		createEAttribute(cellProductEClass, CELL_PRODUCT__PROCESSING_METHOD);
		createEAttribute(cellProductEClass, CELL_PRODUCT__VOLUME_ML);
		createEAttribute(cellProductEClass, CELL_PRODUCT__TOTAL_CELL_COUNT);
		createEAttribute(cellProductEClass, CELL_PRODUCT__VIABILITY_PERCENT);
		createEAttribute(cellProductEClass, CELL_PRODUCT__PASSAGE_NUMBER);
		createEAttribute(cellProductEClass, CELL_PRODUCT__POPULATION_DOUBLINGS);
		createEAttribute(cellProductEClass, CELL_PRODUCT__DOUBLING_TIME_HOURS);

		assessmentEClass = createEClass(ASSESSMENT);
		createEReference(assessmentEClass, ASSESSMENT__VISIT);
		createEAttribute(assessmentEClass, ASSESSMENT__DATE);
		createEAttribute(assessmentEClass, ASSESSMENT__INSTRUMENT_ID);
		createEAttribute(assessmentEClass, ASSESSMENT__INSTRUMENT_VERSION);
		createEAttribute(assessmentEClass, ASSESSMENT__ASSESSOR);
		createEAttribute(assessmentEClass, ASSESSMENT__ASSESSOR_BLINDED);
		createEAttribute(assessmentEClass, ASSESSMENT__METHOD);
		createEReference(assessmentEClass, ASSESSMENT__ITEM_VALUES);
		createEReference(assessmentEClass, ASSESSMENT__SCORE_VALUES);

		itemValueEClass = createEClass(ITEM_VALUE);
		createEAttribute(itemValueEClass, ITEM_VALUE__CODE);
		createEAttribute(itemValueEClass, ITEM_VALUE__VALUE);

		scoreValueEClass = createEClass(SCORE_VALUE);
		createEAttribute(scoreValueEClass, SCORE_VALUE__CODE);
		createEAttribute(scoreValueEClass, SCORE_VALUE__VALUE);
		createEAttribute(scoreValueEClass, SCORE_VALUE__UNIT);

		adverseEventEClass = createEClass(ADVERSE_EVENT);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__TERM);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__DESCRIPTION);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__ONSET_DATE);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__RESOLUTION_DATE);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__SERIOUS);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__CTCAE_GRADE);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__RELATEDNESS);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__OUTCOME);
		createEAttribute(adverseEventEClass, ADVERSE_EVENT__ACTION_TAKEN);
		createEReference(adverseEventEClass, ADVERSE_EVENT__PROCEDURE);

		protocolDeviationEClass = createEClass(PROTOCOL_DEVIATION);
		createEAttribute(protocolDeviationEClass, PROTOCOL_DEVIATION__DATE);
		createEAttribute(protocolDeviationEClass, PROTOCOL_DEVIATION__DESCRIPTION);
		createEAttribute(protocolDeviationEClass, PROTOCOL_DEVIATION__CATEGORY);
		createEAttribute(protocolDeviationEClass, PROTOCOL_DEVIATION__MAJOR);

		imageReferenceEClass = createEClass(IMAGE_REFERENCE);
		createEAttribute(imageReferenceEClass, IMAGE_REFERENCE__KIND);
		createEReference(imageReferenceEClass, IMAGE_REFERENCE__VISIT);
		createEAttribute(imageReferenceEClass, IMAGE_REFERENCE__DATE);
		createEAttribute(imageReferenceEClass, IMAGE_REFERENCE__RELATIVE_PATH);
		createEAttribute(imageReferenceEClass, IMAGE_REFERENCE__SHA256);
		createEAttribute(imageReferenceEClass, IMAGE_REFERENCE__DESCRIPTION);
		createEAttribute(imageReferenceEClass, IMAGE_REFERENCE__VIEW);
		createEAttribute(imageReferenceEClass, IMAGE_REFERENCE__SERIES_UID);

		volumeMeasurementEClass = createEClass(VOLUME_MEASUREMENT);
		createEReference(volumeMeasurementEClass, VOLUME_MEASUREMENT__SERIES);
		createEAttribute(volumeMeasurementEClass, VOLUME_MEASUREMENT__METHOD);
		createEAttribute(volumeMeasurementEClass, VOLUME_MEASUREMENT__VOLUME_ML);
		createEAttribute(volumeMeasurementEClass, VOLUME_MEASUREMENT__SEGMENTATION);
		createEReference(volumeMeasurementEClass, VOLUME_MEASUREMENT__PROCEDURE);
		createEAttribute(volumeMeasurementEClass, VOLUME_MEASUREMENT__INJECTED_VOLUME_ML);
		createEAttribute(volumeMeasurementEClass, VOLUME_MEASUREMENT__RETENTION_PERCENT);
		createEAttribute(volumeMeasurementEClass, VOLUME_MEASUREMENT__MEASURED_BY);
		createEAttribute(volumeMeasurementEClass, VOLUME_MEASUREMENT__MEASURED_AT);

		// Create enums
		registryEEnum = createEEnum(REGISTRY);
		studyDesignEEnum = createEEnum(STUDY_DESIGN);
		maskingEEnum = createEEnum(MASKING);
		outcomeKindEEnum = createEEnum(OUTCOME_KIND);
		criterionKindEEnum = createEEnum(CRITERION_KIND);
		diagnosisEEnum = createEEnum(DIAGNOSIS);
		sexEEnum = createEEnum(SEX);
		subjectStateEEnum = createEEnum(SUBJECT_STATE);
		procedureTypeEEnum = createEEnum(PROCEDURE_TYPE);
		cellProductTypeEEnum = createEEnum(CELL_PRODUCT_TYPE);
		relatednessEEnum = createEEnum(RELATEDNESS);
		adverseEventOutcomeEEnum = createEEnum(ADVERSE_EVENT_OUTCOME);
		imageKindEEnum = createEEnum(IMAGE_KIND);

		// Create data types
		identifierEDataType = createEDataType(IDENTIFIER);
		ctcaeGradeEDataType = createEDataType(CTCAE_GRADE);
		percentageEDataType = createEDataType(PERCENTAGE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		studyEClass.getESuperTypes().add(this.getIdentified());
		registrationEClass.getESuperTypes().add(this.getIdentified());
		siteEClass.getESuperTypes().add(this.getIdentified());
		armEClass.getESuperTypes().add(this.getIdentified());
		interventionEClass.getESuperTypes().add(this.getIdentified());
		conventionalFatGraftingEClass.getESuperTypes().add(this.getIntervention());
		svfAssistedFatGraftingEClass.getESuperTypes().add(this.getIntervention());
		adscAssistedFatGraftingEClass.getESuperTypes().add(this.getIntervention());
		ecmSvfGelHairTransplantationEClass.getESuperTypes().add(this.getIntervention());
		traditionalHairTransplantationEClass.getESuperTypes().add(this.getIntervention());
		svfFingerInjectionEClass.getESuperTypes().add(this.getIntervention());
		fatMicrograftsWithSvfEClass.getESuperTypes().add(this.getIntervention());
		standardCareEClass.getESuperTypes().add(this.getIntervention());
		injectionSiteEClass.getESuperTypes().add(this.getIdentified());
		visitDefinitionEClass.getESuperTypes().add(this.getIdentified());
		outcomeMeasureEClass.getESuperTypes().add(this.getIdentified());
		eligibilityCriterionEClass.getESuperTypes().add(this.getIdentified());
		numericRangeCriterionEClass.getESuperTypes().add(this.getEligibilityCriterion());
		diagnosisCriterionEClass.getESuperTypes().add(this.getEligibilityCriterion());
		flagCriterionEClass.getESuperTypes().add(this.getEligibilityCriterion());
		subjectEClass.getESuperTypes().add(this.getIdentified());
		flagValueEClass.getESuperTypes().add(this.getIdentified());
		numericValueEClass.getESuperTypes().add(this.getIdentified());
		consentEClass.getESuperTypes().add(this.getIdentified());
		subjectEventEClass.getESuperTypes().add(this.getIdentified());
		eligibilityOverrideEClass.getESuperTypes().add(this.getIdentified());
		procedureEClass.getESuperTypes().add(this.getIdentified());
		doseCalculationEClass.getESuperTypes().add(this.getIdentified());
		cellProductEClass.getESuperTypes().add(this.getIdentified());
		assessmentEClass.getESuperTypes().add(this.getIdentified());
		itemValueEClass.getESuperTypes().add(this.getIdentified());
		scoreValueEClass.getESuperTypes().add(this.getIdentified());
		adverseEventEClass.getESuperTypes().add(this.getIdentified());
		protocolDeviationEClass.getESuperTypes().add(this.getIdentified());
		imageReferenceEClass.getESuperTypes().add(this.getIdentified());
		volumeMeasurementEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), this.getIdentifier(), "id", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudy_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Title(), ecorePackage.getEString(), "title", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ProtocolVersion(), ecorePackage.getEString(), "protocolVersion", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Design(), this.getStudyDesign(), "design", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Masking(), this.getMasking(), "masking", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_TargetEnrollment(), ecorePackage.getEInt(), "targetEnrollment", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Synthetic(), ecorePackage.getEBoolean(), "synthetic", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Registrations(), this.getRegistration(), null, "registrations", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Sites(), this.getSite(), null, "sites", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Arms(), this.getArm(), null, "arms", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_VisitSchedule(), this.getVisitDefinition(), null, "visitSchedule", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_EligibilityCriteria(), this.getEligibilityCriterion(), null, "eligibilityCriteria", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_OutcomeMeasures(), this.getOutcomeMeasure(), null, "outcomeMeasures", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_CellProducts(), this.getCellProduct(), null, "cellProducts", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Subjects(), this.getSubject(), null, "subjects", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registrationEClass, Registration.class, "Registration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegistration_Registry(), this.getRegistry(), "registry", null, 0, 1, Registration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistration_Identifier(), ecorePackage.getEString(), "identifier", null, 1, 1, Registration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Code(), ecorePackage.getEString(), "code", null, 1, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Name(), ecorePackage.getEString(), "name", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Country(), ecorePackage.getEString(), "country", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(armEClass, Arm.class, "Arm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArm_Code(), ecorePackage.getEString(), "code", null, 1, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArm_Name(), ecorePackage.getEString(), "name", null, 0, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArm_Description(), ecorePackage.getEString(), "description", null, 0, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArm_AllocationWeight(), ecorePackage.getEInt(), "allocationWeight", "1", 0, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArm_Interventions(), this.getIntervention(), null, "interventions", null, 0, -1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interventionEClass, Intervention.class, "Intervention", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntervention_Description(), ecorePackage.getEString(), "description", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_TargetArea(), ecorePackage.getEString(), "targetArea", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntervention_PlannedInjectionSites(), this.getInjectionSite(), null, "plannedInjectionSites", null, 0, -1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conventionalFatGraftingEClass, ConventionalFatGrafting.class, "ConventionalFatGrafting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(svfAssistedFatGraftingEClass, SvfAssistedFatGrafting.class, "SvfAssistedFatGrafting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSvfAssistedFatGrafting_SvfRatioPart(), ecorePackage.getEDouble(), "svfRatioPart", "1.0", 0, 1, SvfAssistedFatGrafting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSvfAssistedFatGrafting_FatRatioPart(), ecorePackage.getEDouble(), "fatRatioPart", "1.0", 0, 1, SvfAssistedFatGrafting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adscAssistedFatGraftingEClass, AdscAssistedFatGrafting.class, "AdscAssistedFatGrafting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdscAssistedFatGrafting_CellsPerMlFat(), ecorePackage.getEDouble(), "cellsPerMlFat", null, 0, 1, AdscAssistedFatGrafting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ecmSvfGelHairTransplantationEClass, EcmSvfGelHairTransplantation.class, "EcmSvfGelHairTransplantation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEcmSvfGelHairTransplantation_GelVolumeMl(), ecorePackage.getEDouble(), "gelVolumeMl", null, 0, 1, EcmSvfGelHairTransplantation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traditionalHairTransplantationEClass, TraditionalHairTransplantation.class, "TraditionalHairTransplantation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(svfFingerInjectionEClass, SvfFingerInjection.class, "SvfFingerInjection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSvfFingerInjection_VolumePerSiteMl(), ecorePackage.getEDouble(), "volumePerSiteMl", null, 0, 1, SvfFingerInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSvfFingerInjection_NeedleGauge(), ecorePackage.getEInt(), "needleGauge", null, 0, 1, SvfFingerInjection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fatMicrograftsWithSvfEClass, FatMicrograftsWithSvf.class, "FatMicrograftsWithSvf", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFatMicrograftsWithSvf_FatVolumeMl(), ecorePackage.getEDouble(), "fatVolumeMl", null, 0, 1, FatMicrograftsWithSvf.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFatMicrograftsWithSvf_SvfVolumeMl(), ecorePackage.getEDouble(), "svfVolumeMl", null, 0, 1, FatMicrograftsWithSvf.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardCareEClass, StandardCare.class, "StandardCare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(injectionSiteEClass, InjectionSite.class, "InjectionSite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInjectionSite_Region(), ecorePackage.getEString(), "region", null, 0, 1, InjectionSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInjectionSite_SiteName(), ecorePackage.getEString(), "siteName", null, 0, 1, InjectionSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInjectionSite_VolumeMl(), ecorePackage.getEDouble(), "volumeMl", null, 0, 1, InjectionSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInjectionSite_InjectionCount(), ecorePackage.getEInt(), "injectionCount", "1", 0, 1, InjectionSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(visitDefinitionEClass, VisitDefinition.class, "VisitDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVisitDefinition_Code(), ecorePackage.getEString(), "code", null, 1, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_Name(), ecorePackage.getEString(), "name", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_TargetDay(), ecorePackage.getEInt(), "targetDay", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_WindowBeforeDays(), ecorePackage.getEInt(), "windowBeforeDays", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_WindowAfterDays(), ecorePackage.getEInt(), "windowAfterDays", null, 0, 1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisitDefinition_InstrumentIds(), ecorePackage.getEString(), "instrumentIds", null, 0, -1, VisitDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeMeasureEClass, OutcomeMeasure.class, "OutcomeMeasure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutcomeMeasure_Code(), ecorePackage.getEString(), "code", null, 1, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_Title(), ecorePackage.getEString(), "title", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_Kind(), this.getOutcomeKind(), "kind", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_ScoreCode(), ecorePackage.getEString(), "scoreCode", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutcomeMeasure_TimePoint(), this.getVisitDefinition(), null, "timePoint", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_AnalysisId(), ecorePackage.getEString(), "analysisId", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_Description(), ecorePackage.getEString(), "description", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eligibilityCriterionEClass, EligibilityCriterion.class, "EligibilityCriterion", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEligibilityCriterion_Code(), ecorePackage.getEString(), "code", null, 1, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityCriterion_Text(), ecorePackage.getEString(), "text", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityCriterion_Kind(), this.getCriterionKind(), "kind", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(numericRangeCriterionEClass, NumericRangeCriterion.class, "NumericRangeCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNumericRangeCriterion_Attribute(), ecorePackage.getEString(), "attribute", null, 1, 1, NumericRangeCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumericRangeCriterion_Min(), ecorePackage.getEDouble(), "min", null, 0, 1, NumericRangeCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumericRangeCriterion_Max(), ecorePackage.getEDouble(), "max", null, 0, 1, NumericRangeCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumericRangeCriterion_MinInclusive(), ecorePackage.getEBoolean(), "minInclusive", "true", 0, 1, NumericRangeCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumericRangeCriterion_MaxInclusive(), ecorePackage.getEBoolean(), "maxInclusive", "true", 0, 1, NumericRangeCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagnosisCriterionEClass, DiagnosisCriterion.class, "DiagnosisCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagnosisCriterion_Diagnosis(), this.getDiagnosis(), "diagnosis", null, 0, 1, DiagnosisCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosisCriterion_AllowedSubtypes(), ecorePackage.getEString(), "allowedSubtypes", null, 0, -1, DiagnosisCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosisCriterion_SupportingInstrumentId(), ecorePackage.getEString(), "supportingInstrumentId", null, 0, 1, DiagnosisCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flagCriterionEClass, FlagCriterion.class, "FlagCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlagCriterion_Attribute(), ecorePackage.getEString(), "attribute", null, 1, 1, FlagCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlagCriterion_ExpectedValue(), ecorePackage.getEBoolean(), "expectedValue", "true", 0, 1, FlagCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subjectEClass, Subject.class, "Subject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubject_ScreeningId(), ecorePackage.getEString(), "screeningId", null, 1, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_SubjectId(), ecorePackage.getEString(), "subjectId", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Site(), this.getSite(), null, "site", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_Sex(), this.getSex(), "sex", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_DateOfBirth(), ecorePackage.getEDate(), "dateOfBirth", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_Bmi(), ecorePackage.getEDouble(), "bmi", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_Diagnosis(), this.getDiagnosis(), "diagnosis", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_Subtype(), ecorePackage.getEString(), "subtype", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_DiseaseDurationMonths(), ecorePackage.getEInt(), "diseaseDurationMonths", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_DiseaseActive(), ecorePackage.getEBoolean(), "diseaseActive", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubject_InactiveMonths(), ecorePackage.getEInt(), "inactiveMonths", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Flags(), this.getFlagValue(), null, "flags", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_NumericValues(), this.getNumericValue(), null, "numericValues", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Consents(), this.getConsent(), null, "consents", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Events(), this.getSubjectEvent(), null, "events", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_AllocatedArm(), this.getArm(), null, "allocatedArm", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_EligibilityOverride(), this.getEligibilityOverride(), null, "eligibilityOverride", null, 0, 1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Procedures(), this.getProcedure(), null, "procedures", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_AdverseEvents(), this.getAdverseEvent(), null, "adverseEvents", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_ProtocolDeviations(), this.getProtocolDeviation(), null, "protocolDeviations", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_Images(), this.getImageReference(), null, "images", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubject_VolumeMeasurements(), this.getVolumeMeasurement(), null, "volumeMeasurements", null, 0, -1, Subject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flagValueEClass, FlagValue.class, "FlagValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlagValue_Name(), ecorePackage.getEString(), "name", null, 1, 1, FlagValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlagValue_Value(), ecorePackage.getEBoolean(), "value", null, 0, 1, FlagValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(numericValueEClass, NumericValue.class, "NumericValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNumericValue_Name(), ecorePackage.getEString(), "name", null, 1, 1, NumericValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNumericValue_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, NumericValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consentEClass, Consent.class, "Consent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsent_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_Version(), ecorePackage.getEString(), "version", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_Signed(), ecorePackage.getEBoolean(), "signed", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_WithdrawnDate(), ecorePackage.getEDate(), "withdrawnDate", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subjectEventEClass, SubjectEvent.class, "SubjectEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubjectEvent_State(), this.getSubjectState(), "state", null, 0, 1, SubjectEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubjectEvent_Date(), ecorePackage.getEDate(), "date", null, 0, 1, SubjectEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubjectEvent_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, SubjectEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubjectEvent_Visit(), this.getVisitDefinition(), null, "visit", null, 0, 1, SubjectEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eligibilityOverrideEClass, EligibilityOverride.class, "EligibilityOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEligibilityOverride_Reason(), ecorePackage.getEString(), "reason", null, 1, 1, EligibilityOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityOverride_CriterionCodes(), ecorePackage.getEString(), "criterionCodes", null, 0, -1, EligibilityOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityOverride_ApprovedBy(), ecorePackage.getEString(), "approvedBy", null, 0, 1, EligibilityOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityOverride_Date(), ecorePackage.getEDate(), "date", null, 0, 1, EligibilityOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(procedureEClass, Procedure.class, "Procedure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProcedure_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcedure_Type(), this.getProcedureType(), "type", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcedure_Intervention(), this.getIntervention(), null, "intervention", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcedure_Visit(), this.getVisitDefinition(), null, "visit", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcedure_Surgeon(), ecorePackage.getEString(), "surgeon", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcedure_HarvestSite(), ecorePackage.getEString(), "harvestSite", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcedure_LipoaspirateVolumeMl(), ecorePackage.getEDouble(), "lipoaspirateVolumeMl", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcedure_InjectionSites(), this.getInjectionSite(), null, "injectionSites", null, 0, -1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcedure_CellProduct(), this.getCellProduct(), null, "cellProduct", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcedure_DoseCalculations(), this.getDoseCalculation(), null, "doseCalculations", null, 0, -1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcedure_Description(), ecorePackage.getEString(), "description", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(doseCalculationEClass, DoseCalculation.class, "DoseCalculation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDoseCalculation_Calculation(), ecorePackage.getEString(), "calculation", null, 1, 1, DoseCalculation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseCalculation_FormulaVersion(), ecorePackage.getEString(), "formulaVersion", null, 0, 1, DoseCalculation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseCalculation_Inputs(), ecorePackage.getEString(), "inputs", null, 0, 1, DoseCalculation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseCalculation_Result(), ecorePackage.getEString(), "result", null, 0, 1, DoseCalculation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseCalculation_CalculatedBy(), ecorePackage.getEString(), "calculatedBy", null, 0, 1, DoseCalculation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoseCalculation_CalculatedAt(), ecorePackage.getEDate(), "calculatedAt", null, 0, 1, DoseCalculation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cellProductEClass, CellProduct.class, "CellProduct", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCellProduct_Lot(), ecorePackage.getEString(), "lot", null, 1, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_Type(), this.getCellProductType(), "type", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCellProduct_Donor(), this.getSubject(), null, "donor", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_PreparedDate(), ecorePackage.getEDate(), "preparedDate", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_ProcessingMethod(), ecorePackage.getEString(), "processingMethod", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_VolumeMl(), ecorePackage.getEDouble(), "volumeMl", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_TotalCellCount(), ecorePackage.getEDouble(), "totalCellCount", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_ViabilityPercent(), this.getPercentage(), "viabilityPercent", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_PassageNumber(), ecorePackage.getEInt(), "passageNumber", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_PopulationDoublings(), ecorePackage.getEDouble(), "populationDoublings", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellProduct_DoublingTimeHours(), ecorePackage.getEDouble(), "doublingTimeHours", null, 0, 1, CellProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssessment_Visit(), this.getVisitDefinition(), null, "visit", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_InstrumentId(), ecorePackage.getEString(), "instrumentId", null, 1, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_InstrumentVersion(), ecorePackage.getEInt(), "instrumentVersion", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Assessor(), ecorePackage.getEString(), "assessor", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_AssessorBlinded(), ecorePackage.getEBoolean(), "assessorBlinded", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Method(), ecorePackage.getEString(), "method", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_ItemValues(), this.getItemValue(), null, "itemValues", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_ScoreValues(), this.getScoreValue(), null, "scoreValues", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemValueEClass, ItemValue.class, "ItemValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItemValue_Code(), ecorePackage.getEString(), "code", null, 1, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItemValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, ItemValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreValueEClass, ScoreValue.class, "ScoreValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScoreValue_Code(), ecorePackage.getEString(), "code", null, 1, 1, ScoreValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreValue_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, ScoreValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoreValue_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ScoreValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adverseEventEClass, AdverseEvent.class, "AdverseEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdverseEvent_Term(), ecorePackage.getEString(), "term", null, 1, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Description(), ecorePackage.getEString(), "description", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_OnsetDate(), ecorePackage.getEDate(), "onsetDate", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_ResolutionDate(), ecorePackage.getEDate(), "resolutionDate", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Serious(), ecorePackage.getEBoolean(), "serious", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_CtcaeGrade(), this.getCtcaeGrade(), "ctcaeGrade", null, 1, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Relatedness(), this.getRelatedness(), "relatedness", null, 1, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_Outcome(), this.getAdverseEventOutcome(), "outcome", null, 1, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdverseEvent_ActionTaken(), ecorePackage.getEString(), "actionTaken", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdverseEvent_Procedure(), this.getProcedure(), null, "procedure", null, 0, 1, AdverseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolDeviationEClass, ProtocolDeviation.class, "ProtocolDeviation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocolDeviation_Date(), ecorePackage.getEDate(), "date", null, 0, 1, ProtocolDeviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolDeviation_Description(), ecorePackage.getEString(), "description", null, 0, 1, ProtocolDeviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolDeviation_Category(), ecorePackage.getEString(), "category", null, 0, 1, ProtocolDeviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocolDeviation_Major(), ecorePackage.getEBoolean(), "major", null, 0, 1, ProtocolDeviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imageReferenceEClass, ImageReference.class, "ImageReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImageReference_Kind(), this.getImageKind(), "kind", null, 0, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImageReference_Visit(), this.getVisitDefinition(), null, "visit", null, 0, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageReference_Date(), ecorePackage.getEDate(), "date", null, 0, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageReference_RelativePath(), ecorePackage.getEString(), "relativePath", null, 1, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageReference_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageReference_Description(), ecorePackage.getEString(), "description", null, 0, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageReference_View(), ecorePackage.getEString(), "view", null, 0, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImageReference_SeriesUid(), ecorePackage.getEString(), "seriesUid", null, 0, 1, ImageReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(volumeMeasurementEClass, VolumeMeasurement.class, "VolumeMeasurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVolumeMeasurement_Series(), this.getImageReference(), null, "series", null, 1, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeMeasurement_Method(), ecorePackage.getEString(), "method", null, 1, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeMeasurement_VolumeMl(), ecorePackage.getEDouble(), "volumeMl", null, 0, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeMeasurement_Segmentation(), ecorePackage.getEString(), "segmentation", null, 0, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVolumeMeasurement_Procedure(), this.getProcedure(), null, "procedure", null, 0, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeMeasurement_InjectedVolumeMl(), ecorePackage.getEDouble(), "injectedVolumeMl", null, 0, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeMeasurement_RetentionPercent(), ecorePackage.getEDouble(), "retentionPercent", null, 0, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeMeasurement_MeasuredBy(), ecorePackage.getEString(), "measuredBy", null, 0, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolumeMeasurement_MeasuredAt(), ecorePackage.getEDate(), "measuredAt", null, 0, 1, VolumeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(registryEEnum, org.stroma.model.study.Registry.class, "Registry");
		addEEnumLiteral(registryEEnum, org.stroma.model.study.Registry.CHICTR);
		addEEnumLiteral(registryEEnum, org.stroma.model.study.Registry.CLINICALTRIALS_GOV);
		addEEnumLiteral(registryEEnum, org.stroma.model.study.Registry.OTHER);

		initEEnum(studyDesignEEnum, StudyDesign.class, "StudyDesign");
		addEEnumLiteral(studyDesignEEnum, StudyDesign.PARALLEL_RANDOMIZED);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.SINGLE_ARM);

		initEEnum(maskingEEnum, Masking.class, "Masking");
		addEEnumLiteral(maskingEEnum, Masking.OPEN_LABEL);
		addEEnumLiteral(maskingEEnum, Masking.ASSESSOR_BLINDED);
		addEEnumLiteral(maskingEEnum, Masking.SINGLE_BLIND);
		addEEnumLiteral(maskingEEnum, Masking.DOUBLE_BLIND);

		initEEnum(outcomeKindEEnum, OutcomeKind.class, "OutcomeKind");
		addEEnumLiteral(outcomeKindEEnum, OutcomeKind.PRIMARY);
		addEEnumLiteral(outcomeKindEEnum, OutcomeKind.SECONDARY);
		addEEnumLiteral(outcomeKindEEnum, OutcomeKind.SAFETY);

		initEEnum(criterionKindEEnum, CriterionKind.class, "CriterionKind");
		addEEnumLiteral(criterionKindEEnum, CriterionKind.INCLUSION);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.EXCLUSION);

		initEEnum(diagnosisEEnum, Diagnosis.class, "Diagnosis");
		addEEnumLiteral(diagnosisEEnum, Diagnosis.LOCALIZED_SCLERODERMA);
		addEEnumLiteral(diagnosisEEnum, Diagnosis.SYSTEMIC_SCLEROSIS);

		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.UNKNOWN);
		addEEnumLiteral(sexEEnum, Sex.FEMALE);
		addEEnumLiteral(sexEEnum, Sex.MALE);

		initEEnum(subjectStateEEnum, SubjectState.class, "SubjectState");
		addEEnumLiteral(subjectStateEEnum, SubjectState.SCREENED);
		addEEnumLiteral(subjectStateEEnum, SubjectState.EXCLUDED);
		addEEnumLiteral(subjectStateEEnum, SubjectState.ENROLLED);
		addEEnumLiteral(subjectStateEEnum, SubjectState.ALLOCATED);
		addEEnumLiteral(subjectStateEEnum, SubjectState.TREATED);
		addEEnumLiteral(subjectStateEEnum, SubjectState.FOLLOWED_UP);
		addEEnumLiteral(subjectStateEEnum, SubjectState.WITHDRAWN);
		addEEnumLiteral(subjectStateEEnum, SubjectState.LOST_TO_FOLLOW_UP);
		addEEnumLiteral(subjectStateEEnum, SubjectState.COMPLETED);

		initEEnum(procedureTypeEEnum, ProcedureType.class, "ProcedureType");
		addEEnumLiteral(procedureTypeEEnum, ProcedureType.LIPOSUCTION);
		addEEnumLiteral(procedureTypeEEnum, ProcedureType.CELL_PROCESSING);
		addEEnumLiteral(procedureTypeEEnum, ProcedureType.FAT_GRAFTING);
		addEEnumLiteral(procedureTypeEEnum, ProcedureType.CELL_INJECTION);
		addEEnumLiteral(procedureTypeEEnum, ProcedureType.HAIR_TRANSPLANTATION);
		addEEnumLiteral(procedureTypeEEnum, ProcedureType.OTHER);

		initEEnum(cellProductTypeEEnum, CellProductType.class, "CellProductType");
		addEEnumLiteral(cellProductTypeEEnum, CellProductType.SVF);
		addEEnumLiteral(cellProductTypeEEnum, CellProductType.ADSC);
		addEEnumLiteral(cellProductTypeEEnum, CellProductType.ECM_SVF_GEL);
		addEEnumLiteral(cellProductTypeEEnum, CellProductType.FAT_MICROGRAFTS);

		initEEnum(relatednessEEnum, Relatedness.class, "Relatedness");
		addEEnumLiteral(relatednessEEnum, Relatedness.NOT_RELATED);
		addEEnumLiteral(relatednessEEnum, Relatedness.UNLIKELY);
		addEEnumLiteral(relatednessEEnum, Relatedness.POSSIBLE);
		addEEnumLiteral(relatednessEEnum, Relatedness.PROBABLE);
		addEEnumLiteral(relatednessEEnum, Relatedness.DEFINITE);

		initEEnum(adverseEventOutcomeEEnum, AdverseEventOutcome.class, "AdverseEventOutcome");
		addEEnumLiteral(adverseEventOutcomeEEnum, AdverseEventOutcome.RECOVERED);
		addEEnumLiteral(adverseEventOutcomeEEnum, AdverseEventOutcome.RECOVERING);
		addEEnumLiteral(adverseEventOutcomeEEnum, AdverseEventOutcome.NOT_RECOVERED);
		addEEnumLiteral(adverseEventOutcomeEEnum, AdverseEventOutcome.RECOVERED_WITH_SEQUELAE);
		addEEnumLiteral(adverseEventOutcomeEEnum, AdverseEventOutcome.FATAL);
		addEEnumLiteral(adverseEventOutcomeEEnum, AdverseEventOutcome.UNKNOWN);

		initEEnum(imageKindEEnum, ImageKind.class, "ImageKind");
		addEEnumLiteral(imageKindEEnum, ImageKind.MRI_SERIES);
		addEEnumLiteral(imageKindEEnum, ImageKind.CLINICAL_PHOTO);

		// Initialize data types
		initEDataType(identifierEDataType, String.class, "Identifier", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ctcaeGradeEDataType, int.class, "CtcaeGrade", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(percentageEDataType, double.class, "Percentage", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (identifierEDataType,
		   source,
		   new String[] {
			   "pattern", "[A-Za-z0-9][A-Za-z0-9\\-]*"
		   });
		addAnnotation
		  (ctcaeGradeEDataType,
		   source,
		   new String[] {
			   "minInclusive", "1",
			   "maxInclusive", "5"
		   });
		addAnnotation
		  (percentageEDataType,
		   source,
		   new String[] {
			   "minInclusive", "0",
			   "maxInclusive", "100"
		   });
	}

} //StudyPackageImpl
