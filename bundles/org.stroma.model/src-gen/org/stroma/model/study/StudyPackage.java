/**
 */
package org.stroma.model.study;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Study data of a trial of adipose-derived cell therapy: design, schedule, eligibility and the subjects' records. The single description of study data: persistence, audit, ODM export and reports read this metadata, so values whose meaning depends on an instrument are stored as instrument-coded items and scores rather than as new features.
 * <!-- end-model-doc -->
 * @see org.stroma.model.study.StudyFactory
 * @model kind="package"
 * @generated
 */
public interface StudyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "study";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://stroma.org/model/study/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "study";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StudyPackage eINSTANCE = org.stroma.model.study.impl.StudyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.IdentifiedImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.StudyImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ACRONYM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PROTOCOL_VERSION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESIGN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Masking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MASKING = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Enrollment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TARGET_ENROLLMENT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SYNTHETIC = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Registrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__REGISTRATIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SITES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Arms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ARMS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Visit Schedule</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VISIT_SCHEDULE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Eligibility Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ELIGIBILITY_CRITERIA = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Outcome Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__OUTCOME_MEASURES = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Cell Products</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CELL_PRODUCTS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Subjects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SUBJECTS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.RegistrationImpl <em>Registration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.RegistrationImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getRegistration()
	 * @generated
	 */
	int REGISTRATION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Registry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__REGISTRY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION__IDENTIFIER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Registration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.SiteImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__COUNTRY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ArmImpl <em>Arm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ArmImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getArm()
	 * @generated
	 */
	int ARM = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allocation Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__ALLOCATION_WEIGHT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__INTERVENTIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.InterventionImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__TARGET_AREA = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__PLANNED_INJECTION_SITES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ConventionalFatGraftingImpl <em>Conventional Fat Grafting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ConventionalFatGraftingImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getConventionalFatGrafting()
	 * @generated
	 */
	int CONVENTIONAL_FAT_GRAFTING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_FAT_GRAFTING__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_FAT_GRAFTING__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_FAT_GRAFTING__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_FAT_GRAFTING__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The number of structural features of the '<em>Conventional Fat Grafting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_FAT_GRAFTING_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Conventional Fat Grafting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_FAT_GRAFTING_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.SvfAssistedFatGraftingImpl <em>Svf Assisted Fat Grafting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.SvfAssistedFatGraftingImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getSvfAssistedFatGrafting()
	 * @generated
	 */
	int SVF_ASSISTED_FAT_GRAFTING = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The feature id for the '<em><b>Svf Ratio Part</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fat Ratio Part</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART = INTERVENTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Svf Assisted Fat Grafting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Svf Assisted Fat Grafting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_ASSISTED_FAT_GRAFTING_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.AdscAssistedFatGraftingImpl <em>Adsc Assisted Fat Grafting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.AdscAssistedFatGraftingImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getAdscAssistedFatGrafting()
	 * @generated
	 */
	int ADSC_ASSISTED_FAT_GRAFTING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADSC_ASSISTED_FAT_GRAFTING__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADSC_ASSISTED_FAT_GRAFTING__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADSC_ASSISTED_FAT_GRAFTING__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADSC_ASSISTED_FAT_GRAFTING__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The feature id for the '<em><b>Cells Per Ml Fat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Adsc Assisted Fat Grafting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADSC_ASSISTED_FAT_GRAFTING_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Adsc Assisted Fat Grafting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADSC_ASSISTED_FAT_GRAFTING_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.EcmSvfGelHairTransplantationImpl <em>Ecm Svf Gel Hair Transplantation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.EcmSvfGelHairTransplantationImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getEcmSvfGelHairTransplantation()
	 * @generated
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The feature id for the '<em><b>Gel Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Ecm Svf Gel Hair Transplantation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Ecm Svf Gel Hair Transplantation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECM_SVF_GEL_HAIR_TRANSPLANTATION_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.TraditionalHairTransplantationImpl <em>Traditional Hair Transplantation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.TraditionalHairTransplantationImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getTraditionalHairTransplantation()
	 * @generated
	 */
	int TRADITIONAL_HAIR_TRANSPLANTATION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRADITIONAL_HAIR_TRANSPLANTATION__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRADITIONAL_HAIR_TRANSPLANTATION__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRADITIONAL_HAIR_TRANSPLANTATION__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRADITIONAL_HAIR_TRANSPLANTATION__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The number of structural features of the '<em>Traditional Hair Transplantation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRADITIONAL_HAIR_TRANSPLANTATION_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Traditional Hair Transplantation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRADITIONAL_HAIR_TRANSPLANTATION_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.SvfFingerInjectionImpl <em>Svf Finger Injection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.SvfFingerInjectionImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getSvfFingerInjection()
	 * @generated
	 */
	int SVF_FINGER_INJECTION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The feature id for the '<em><b>Volume Per Site Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Needle Gauge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION__NEEDLE_GAUGE = INTERVENTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Svf Finger Injection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Svf Finger Injection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SVF_FINGER_INJECTION_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.FatMicrograftsWithSvfImpl <em>Fat Micrografts With Svf</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.FatMicrograftsWithSvfImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getFatMicrograftsWithSvf()
	 * @generated
	 */
	int FAT_MICROGRAFTS_WITH_SVF = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The feature id for the '<em><b>Fat Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Svf Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML = INTERVENTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Fat Micrografts With Svf</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Fat Micrografts With Svf</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAT_MICROGRAFTS_WITH_SVF_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.StandardCareImpl <em>Standard Care</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.StandardCareImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getStandardCare()
	 * @generated
	 */
	int STANDARD_CARE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CARE__ID = INTERVENTION__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CARE__DESCRIPTION = INTERVENTION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CARE__TARGET_AREA = INTERVENTION__TARGET_AREA;

	/**
	 * The feature id for the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CARE__PLANNED_INJECTION_SITES = INTERVENTION__PLANNED_INJECTION_SITES;

	/**
	 * The number of structural features of the '<em>Standard Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CARE_FEATURE_COUNT = INTERVENTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Standard Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CARE_OPERATION_COUNT = INTERVENTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.InjectionSiteImpl <em>Injection Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.InjectionSiteImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getInjectionSite()
	 * @generated
	 */
	int INJECTION_SITE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTION_SITE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTION_SITE__REGION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTION_SITE__SITE_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTION_SITE__VOLUME_ML = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Injection Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTION_SITE__INJECTION_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Injection Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTION_SITE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Injection Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INJECTION_SITE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.VisitDefinitionImpl <em>Visit Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.VisitDefinitionImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getVisitDefinition()
	 * @generated
	 */
	int VISIT_DEFINITION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__TARGET_DAY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Window Before Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__WINDOW_BEFORE_DAYS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Window After Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__WINDOW_AFTER_DAYS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Instrument Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION__INSTRUMENT_IDS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Visit Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Visit Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_DEFINITION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.OutcomeMeasureImpl <em>Outcome Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.OutcomeMeasureImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getOutcomeMeasure()
	 * @generated
	 */
	int OUTCOME_MEASURE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__INSTRUMENT_ID = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Score Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__SCORE_CODE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Time Point</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__TIME_POINT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Analysis Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__ANALYSIS_ID = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Outcome Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Outcome Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.EligibilityCriterionImpl <em>Eligibility Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.EligibilityCriterionImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getEligibilityCriterion()
	 * @generated
	 */
	int ELIGIBILITY_CRITERION = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Eligibility Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Eligibility Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.NumericRangeCriterionImpl <em>Numeric Range Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.NumericRangeCriterionImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getNumericRangeCriterion()
	 * @generated
	 */
	int NUMERIC_RANGE_CRITERION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__ID = ELIGIBILITY_CRITERION__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__CODE = ELIGIBILITY_CRITERION__CODE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__TEXT = ELIGIBILITY_CRITERION__TEXT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__KIND = ELIGIBILITY_CRITERION__KIND;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__ATTRIBUTE = ELIGIBILITY_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__MIN = ELIGIBILITY_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__MAX = ELIGIBILITY_CRITERION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Min Inclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__MIN_INCLUSIVE = ELIGIBILITY_CRITERION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Inclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION__MAX_INCLUSIVE = ELIGIBILITY_CRITERION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Numeric Range Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION_FEATURE_COUNT = ELIGIBILITY_CRITERION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Numeric Range Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_RANGE_CRITERION_OPERATION_COUNT = ELIGIBILITY_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.DiagnosisCriterionImpl <em>Diagnosis Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.DiagnosisCriterionImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getDiagnosisCriterion()
	 * @generated
	 */
	int DIAGNOSIS_CRITERION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION__ID = ELIGIBILITY_CRITERION__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION__CODE = ELIGIBILITY_CRITERION__CODE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION__TEXT = ELIGIBILITY_CRITERION__TEXT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION__KIND = ELIGIBILITY_CRITERION__KIND;

	/**
	 * The feature id for the '<em><b>Diagnosis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION__DIAGNOSIS = ELIGIBILITY_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Allowed Subtypes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES = ELIGIBILITY_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supporting Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID = ELIGIBILITY_CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Diagnosis Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION_FEATURE_COUNT = ELIGIBILITY_CRITERION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Diagnosis Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_CRITERION_OPERATION_COUNT = ELIGIBILITY_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.FlagCriterionImpl <em>Flag Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.FlagCriterionImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getFlagCriterion()
	 * @generated
	 */
	int FLAG_CRITERION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION__ID = ELIGIBILITY_CRITERION__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION__CODE = ELIGIBILITY_CRITERION__CODE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION__TEXT = ELIGIBILITY_CRITERION__TEXT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION__KIND = ELIGIBILITY_CRITERION__KIND;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION__ATTRIBUTE = ELIGIBILITY_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expected Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION__EXPECTED_VALUE = ELIGIBILITY_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Flag Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION_FEATURE_COUNT = ELIGIBILITY_CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Flag Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_CRITERION_OPERATION_COUNT = ELIGIBILITY_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.SubjectImpl <em>Subject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.SubjectImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getSubject()
	 * @generated
	 */
	int SUBJECT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Screening Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SCREENING_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SUBJECT_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SITE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SEX = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__DATE_OF_BIRTH = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Bmi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__BMI = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Diagnosis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__DIAGNOSIS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__SUBTYPE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Disease Duration Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__DISEASE_DURATION_MONTHS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Disease Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__DISEASE_ACTIVE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Inactive Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__INACTIVE_MONTHS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__FLAGS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Numeric Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__NUMERIC_VALUES = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Consents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__CONSENTS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__EVENTS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Allocated Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ALLOCATED_ARM = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Eligibility Override</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ELIGIBILITY_OVERRIDE = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Procedures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__PROCEDURES = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ASSESSMENTS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Adverse Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__ADVERSE_EVENTS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Protocol Deviations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__PROTOCOL_DEVIATIONS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__IMAGES = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Volume Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT__VOLUME_MEASUREMENTS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The number of structural features of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The number of operations of the '<em>Subject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.FlagValueImpl <em>Flag Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.FlagValueImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getFlagValue()
	 * @generated
	 */
	int FLAG_VALUE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_VALUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_VALUE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_VALUE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Flag Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Flag Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAG_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.NumericValueImpl <em>Numeric Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.NumericValueImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getNumericValue()
	 * @generated
	 */
	int NUMERIC_VALUE = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_VALUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_VALUE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_VALUE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Numeric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Numeric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMERIC_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ConsentImpl <em>Consent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ConsentImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getConsent()
	 * @generated
	 */
	int CONSENT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__SIGNED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Withdrawn Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__WITHDRAWN_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.SubjectEventImpl <em>Subject Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.SubjectEventImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getSubjectEvent()
	 * @generated
	 */
	int SUBJECT_EVENT = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_EVENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_EVENT__STATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_EVENT__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_EVENT__REASON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_EVENT__VISIT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Subject Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_EVENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Subject Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBJECT_EVENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.EligibilityOverrideImpl <em>Eligibility Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.EligibilityOverrideImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getEligibilityOverride()
	 * @generated
	 */
	int ELIGIBILITY_OVERRIDE = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_OVERRIDE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_OVERRIDE__REASON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criterion Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_OVERRIDE__CRITERION_CODES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_OVERRIDE__APPROVED_BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_OVERRIDE__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Eligibility Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_OVERRIDE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Eligibility Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_OVERRIDE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ProcedureImpl <em>Procedure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ProcedureImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getProcedure()
	 * @generated
	 */
	int PROCEDURE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Intervention</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__INTERVENTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__VISIT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Surgeon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__SURGEON = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Harvest Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__HARVEST_SITE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Lipoaspirate Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__LIPOASPIRATE_VOLUME_ML = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Injection Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__INJECTION_SITES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cell Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__CELL_PRODUCT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dose Calculations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__DOSE_CALCULATIONS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.DoseCalculationImpl <em>Dose Calculation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.DoseCalculationImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getDoseCalculation()
	 * @generated
	 */
	int DOSE_CALCULATION = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Calculation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION__CALCULATION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Formula Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION__FORMULA_VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION__INPUTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION__RESULT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Calculated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION__CALCULATED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Calculated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION__CALCULATED_AT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Dose Calculation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Dose Calculation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_CALCULATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.CellProductImpl <em>Cell Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.CellProductImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getCellProduct()
	 * @generated
	 */
	int CELL_PRODUCT = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__LOT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Donor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__DONOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Prepared Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__PREPARED_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Processing Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__PROCESSING_METHOD = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__VOLUME_ML = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Total Cell Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__TOTAL_CELL_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Viability Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__VIABILITY_PERCENT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Passage Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__PASSAGE_NUMBER = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Population Doublings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__POPULATION_DOUBLINGS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Doubling Time Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT__DOUBLING_TIME_HOURS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Cell Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Cell Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_PRODUCT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.AssessmentImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__VISIT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INSTRUMENT_ID = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Instrument Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__INSTRUMENT_VERSION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ASSESSOR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Assessor Blinded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ASSESSOR_BLINDED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__METHOD = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Item Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ITEM_VALUES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Score Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SCORE_VALUES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ItemValueImpl <em>Item Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ItemValueImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getItemValue()
	 * @generated
	 */
	int ITEM_VALUE = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Item Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Item Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ScoreValueImpl <em>Score Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ScoreValueImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getScoreValue()
	 * @generated
	 */
	int SCORE_VALUE = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_VALUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_VALUE__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_VALUE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_VALUE__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Score Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Score Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.AdverseEventImpl <em>Adverse Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.AdverseEventImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getAdverseEvent()
	 * @generated
	 */
	int ADVERSE_EVENT = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__TERM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ONSET_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Resolution Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__RESOLUTION_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Serious</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__SERIOUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ctcae Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__CTCAE_GRADE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Relatedness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__RELATEDNESS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__OUTCOME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Action Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__ACTION_TAKEN = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Procedure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT__PROCEDURE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Adverse Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Adverse Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSE_EVENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ProtocolDeviationImpl <em>Protocol Deviation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ProtocolDeviationImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getProtocolDeviation()
	 * @generated
	 */
	int PROTOCOL_DEVIATION = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_DEVIATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_DEVIATION__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_DEVIATION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_DEVIATION__CATEGORY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_DEVIATION__MAJOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Protocol Deviation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_DEVIATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Protocol Deviation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_DEVIATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.ImageReferenceImpl <em>Image Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.ImageReferenceImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getImageReference()
	 * @generated
	 */
	int IMAGE_REFERENCE = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__VISIT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Relative Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__RELATIVE_PATH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__SHA256 = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>View</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__VIEW = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Series Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE__SERIES_UID = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Image Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Image Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_REFERENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.impl.VolumeMeasurementImpl <em>Volume Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.VolumeMeasurementImpl
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getVolumeMeasurement()
	 * @generated
	 */
	int VOLUME_MEASUREMENT = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Series</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__SERIES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__METHOD = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__VOLUME_ML = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segmentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__SEGMENTATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Procedure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__PROCEDURE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Injected Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__INJECTED_VOLUME_ML = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Retention Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__RETENTION_PERCENT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__MEASURED_BY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Measured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT__MEASURED_AT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Volume Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Volume Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLUME_MEASUREMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.Registry <em>Registry</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.Registry
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getRegistry()
	 * @generated
	 */
	int REGISTRY = 37;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.StudyDesign <em>Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.StudyDesign
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getStudyDesign()
	 * @generated
	 */
	int STUDY_DESIGN = 38;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.Masking <em>Masking</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.Masking
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getMasking()
	 * @generated
	 */
	int MASKING = 39;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.OutcomeKind <em>Outcome Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.OutcomeKind
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getOutcomeKind()
	 * @generated
	 */
	int OUTCOME_KIND = 40;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.CriterionKind <em>Criterion Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.CriterionKind
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getCriterionKind()
	 * @generated
	 */
	int CRITERION_KIND = 41;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.Diagnosis <em>Diagnosis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.Diagnosis
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getDiagnosis()
	 * @generated
	 */
	int DIAGNOSIS = 42;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.Sex
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 43;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.SubjectState <em>Subject State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.SubjectState
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getSubjectState()
	 * @generated
	 */
	int SUBJECT_STATE = 44;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.ProcedureType <em>Procedure Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.ProcedureType
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getProcedureType()
	 * @generated
	 */
	int PROCEDURE_TYPE = 45;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.CellProductType <em>Cell Product Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.CellProductType
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getCellProductType()
	 * @generated
	 */
	int CELL_PRODUCT_TYPE = 46;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.Relatedness <em>Relatedness</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.Relatedness
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getRelatedness()
	 * @generated
	 */
	int RELATEDNESS = 47;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.AdverseEventOutcome <em>Adverse Event Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.AdverseEventOutcome
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getAdverseEventOutcome()
	 * @generated
	 */
	int ADVERSE_EVENT_OUTCOME = 48;

	/**
	 * The meta object id for the '{@link org.stroma.model.study.ImageKind <em>Image Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.ImageKind
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getImageKind()
	 * @generated
	 */
	int IMAGE_KIND = 49;

	/**
	 * The meta object id for the '<em>Identifier</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 50;

	/**
	 * The meta object id for the '<em>Ctcae Grade</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getCtcaeGrade()
	 * @generated
	 */
	int CTCAE_GRADE = 51;

	/**
	 * The meta object id for the '<em>Percentage</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.stroma.model.study.impl.StudyPackageImpl#getPercentage()
	 * @generated
	 */
	int PERCENTAGE = 52;


	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.stroma.model.study.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.stroma.model.study.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.stroma.model.study.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Study#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.stroma.model.study.Study#getAcronym()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Study#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.stroma.model.study.Study#getTitle()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Study#getProtocolVersion <em>Protocol Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol Version</em>'.
	 * @see org.stroma.model.study.Study#getProtocolVersion()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ProtocolVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Study#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design</em>'.
	 * @see org.stroma.model.study.Study#getDesign()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Design();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Study#getMasking <em>Masking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masking</em>'.
	 * @see org.stroma.model.study.Study#getMasking()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Masking();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Study#getTargetEnrollment <em>Target Enrollment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Enrollment</em>'.
	 * @see org.stroma.model.study.Study#getTargetEnrollment()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_TargetEnrollment();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Study#isSynthetic <em>Synthetic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synthetic</em>'.
	 * @see org.stroma.model.study.Study#isSynthetic()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Synthetic();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getRegistrations <em>Registrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Registrations</em>'.
	 * @see org.stroma.model.study.Study#getRegistrations()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Registrations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.stroma.model.study.Study#getSites()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getArms <em>Arms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arms</em>'.
	 * @see org.stroma.model.study.Study#getArms()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Arms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getVisitSchedule <em>Visit Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Visit Schedule</em>'.
	 * @see org.stroma.model.study.Study#getVisitSchedule()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_VisitSchedule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getEligibilityCriteria <em>Eligibility Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Eligibility Criteria</em>'.
	 * @see org.stroma.model.study.Study#getEligibilityCriteria()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_EligibilityCriteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getOutcomeMeasures <em>Outcome Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcome Measures</em>'.
	 * @see org.stroma.model.study.Study#getOutcomeMeasures()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_OutcomeMeasures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getCellProducts <em>Cell Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cell Products</em>'.
	 * @see org.stroma.model.study.Study#getCellProducts()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_CellProducts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Study#getSubjects <em>Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subjects</em>'.
	 * @see org.stroma.model.study.Study#getSubjects()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Subjects();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Registration <em>Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registration</em>'.
	 * @see org.stroma.model.study.Registration
	 * @generated
	 */
	EClass getRegistration();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Registration#getRegistry <em>Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registry</em>'.
	 * @see org.stroma.model.study.Registration#getRegistry()
	 * @see #getRegistration()
	 * @generated
	 */
	EAttribute getRegistration_Registry();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Registration#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see org.stroma.model.study.Registration#getIdentifier()
	 * @see #getRegistration()
	 * @generated
	 */
	EAttribute getRegistration_Identifier();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.stroma.model.study.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Site#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.stroma.model.study.Site#getCode()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.stroma.model.study.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Site#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.stroma.model.study.Site#getCountry()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Country();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Arm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arm</em>'.
	 * @see org.stroma.model.study.Arm
	 * @generated
	 */
	EClass getArm();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Arm#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.stroma.model.study.Arm#getCode()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Arm#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.stroma.model.study.Arm#getName()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Arm#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stroma.model.study.Arm#getDescription()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Arm#getAllocationWeight <em>Allocation Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation Weight</em>'.
	 * @see org.stroma.model.study.Arm#getAllocationWeight()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_AllocationWeight();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Arm#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.stroma.model.study.Arm#getInterventions()
	 * @see #getArm()
	 * @generated
	 */
	EReference getArm_Interventions();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see org.stroma.model.study.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Intervention#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stroma.model.study.Intervention#getDescription()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Intervention#getTargetArea <em>Target Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Area</em>'.
	 * @see org.stroma.model.study.Intervention#getTargetArea()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_TargetArea();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Intervention#getPlannedInjectionSites <em>Planned Injection Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Planned Injection Sites</em>'.
	 * @see org.stroma.model.study.Intervention#getPlannedInjectionSites()
	 * @see #getIntervention()
	 * @generated
	 */
	EReference getIntervention_PlannedInjectionSites();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.ConventionalFatGrafting <em>Conventional Fat Grafting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conventional Fat Grafting</em>'.
	 * @see org.stroma.model.study.ConventionalFatGrafting
	 * @generated
	 */
	EClass getConventionalFatGrafting();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.SvfAssistedFatGrafting <em>Svf Assisted Fat Grafting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Svf Assisted Fat Grafting</em>'.
	 * @see org.stroma.model.study.SvfAssistedFatGrafting
	 * @generated
	 */
	EClass getSvfAssistedFatGrafting();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.SvfAssistedFatGrafting#getSvfRatioPart <em>Svf Ratio Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Svf Ratio Part</em>'.
	 * @see org.stroma.model.study.SvfAssistedFatGrafting#getSvfRatioPart()
	 * @see #getSvfAssistedFatGrafting()
	 * @generated
	 */
	EAttribute getSvfAssistedFatGrafting_SvfRatioPart();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.SvfAssistedFatGrafting#getFatRatioPart <em>Fat Ratio Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fat Ratio Part</em>'.
	 * @see org.stroma.model.study.SvfAssistedFatGrafting#getFatRatioPart()
	 * @see #getSvfAssistedFatGrafting()
	 * @generated
	 */
	EAttribute getSvfAssistedFatGrafting_FatRatioPart();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.AdscAssistedFatGrafting <em>Adsc Assisted Fat Grafting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adsc Assisted Fat Grafting</em>'.
	 * @see org.stroma.model.study.AdscAssistedFatGrafting
	 * @generated
	 */
	EClass getAdscAssistedFatGrafting();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdscAssistedFatGrafting#getCellsPerMlFat <em>Cells Per Ml Fat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cells Per Ml Fat</em>'.
	 * @see org.stroma.model.study.AdscAssistedFatGrafting#getCellsPerMlFat()
	 * @see #getAdscAssistedFatGrafting()
	 * @generated
	 */
	EAttribute getAdscAssistedFatGrafting_CellsPerMlFat();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.EcmSvfGelHairTransplantation <em>Ecm Svf Gel Hair Transplantation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ecm Svf Gel Hair Transplantation</em>'.
	 * @see org.stroma.model.study.EcmSvfGelHairTransplantation
	 * @generated
	 */
	EClass getEcmSvfGelHairTransplantation();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.EcmSvfGelHairTransplantation#getGelVolumeMl <em>Gel Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gel Volume Ml</em>'.
	 * @see org.stroma.model.study.EcmSvfGelHairTransplantation#getGelVolumeMl()
	 * @see #getEcmSvfGelHairTransplantation()
	 * @generated
	 */
	EAttribute getEcmSvfGelHairTransplantation_GelVolumeMl();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.TraditionalHairTransplantation <em>Traditional Hair Transplantation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Traditional Hair Transplantation</em>'.
	 * @see org.stroma.model.study.TraditionalHairTransplantation
	 * @generated
	 */
	EClass getTraditionalHairTransplantation();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.SvfFingerInjection <em>Svf Finger Injection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Svf Finger Injection</em>'.
	 * @see org.stroma.model.study.SvfFingerInjection
	 * @generated
	 */
	EClass getSvfFingerInjection();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.SvfFingerInjection#getVolumePerSiteMl <em>Volume Per Site Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Per Site Ml</em>'.
	 * @see org.stroma.model.study.SvfFingerInjection#getVolumePerSiteMl()
	 * @see #getSvfFingerInjection()
	 * @generated
	 */
	EAttribute getSvfFingerInjection_VolumePerSiteMl();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.SvfFingerInjection#getNeedleGauge <em>Needle Gauge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needle Gauge</em>'.
	 * @see org.stroma.model.study.SvfFingerInjection#getNeedleGauge()
	 * @see #getSvfFingerInjection()
	 * @generated
	 */
	EAttribute getSvfFingerInjection_NeedleGauge();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.FatMicrograftsWithSvf <em>Fat Micrografts With Svf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fat Micrografts With Svf</em>'.
	 * @see org.stroma.model.study.FatMicrograftsWithSvf
	 * @generated
	 */
	EClass getFatMicrograftsWithSvf();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.FatMicrograftsWithSvf#getFatVolumeMl <em>Fat Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fat Volume Ml</em>'.
	 * @see org.stroma.model.study.FatMicrograftsWithSvf#getFatVolumeMl()
	 * @see #getFatMicrograftsWithSvf()
	 * @generated
	 */
	EAttribute getFatMicrograftsWithSvf_FatVolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.FatMicrograftsWithSvf#getSvfVolumeMl <em>Svf Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Svf Volume Ml</em>'.
	 * @see org.stroma.model.study.FatMicrograftsWithSvf#getSvfVolumeMl()
	 * @see #getFatMicrograftsWithSvf()
	 * @generated
	 */
	EAttribute getFatMicrograftsWithSvf_SvfVolumeMl();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.StandardCare <em>Standard Care</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard Care</em>'.
	 * @see org.stroma.model.study.StandardCare
	 * @generated
	 */
	EClass getStandardCare();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.InjectionSite <em>Injection Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Injection Site</em>'.
	 * @see org.stroma.model.study.InjectionSite
	 * @generated
	 */
	EClass getInjectionSite();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.InjectionSite#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.stroma.model.study.InjectionSite#getRegion()
	 * @see #getInjectionSite()
	 * @generated
	 */
	EAttribute getInjectionSite_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.InjectionSite#getSiteName <em>Site Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site Name</em>'.
	 * @see org.stroma.model.study.InjectionSite#getSiteName()
	 * @see #getInjectionSite()
	 * @generated
	 */
	EAttribute getInjectionSite_SiteName();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.InjectionSite#getVolumeMl <em>Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Ml</em>'.
	 * @see org.stroma.model.study.InjectionSite#getVolumeMl()
	 * @see #getInjectionSite()
	 * @generated
	 */
	EAttribute getInjectionSite_VolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.InjectionSite#getInjectionCount <em>Injection Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Injection Count</em>'.
	 * @see org.stroma.model.study.InjectionSite#getInjectionCount()
	 * @see #getInjectionSite()
	 * @generated
	 */
	EAttribute getInjectionSite_InjectionCount();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.VisitDefinition <em>Visit Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visit Definition</em>'.
	 * @see org.stroma.model.study.VisitDefinition
	 * @generated
	 */
	EClass getVisitDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VisitDefinition#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.stroma.model.study.VisitDefinition#getCode()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VisitDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.stroma.model.study.VisitDefinition#getName()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VisitDefinition#getTargetDay <em>Target Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Day</em>'.
	 * @see org.stroma.model.study.VisitDefinition#getTargetDay()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_TargetDay();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VisitDefinition#getWindowBeforeDays <em>Window Before Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Before Days</em>'.
	 * @see org.stroma.model.study.VisitDefinition#getWindowBeforeDays()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_WindowBeforeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VisitDefinition#getWindowAfterDays <em>Window After Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window After Days</em>'.
	 * @see org.stroma.model.study.VisitDefinition#getWindowAfterDays()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_WindowAfterDays();

	/**
	 * Returns the meta object for the attribute list '{@link org.stroma.model.study.VisitDefinition#getInstrumentIds <em>Instrument Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Instrument Ids</em>'.
	 * @see org.stroma.model.study.VisitDefinition#getInstrumentIds()
	 * @see #getVisitDefinition()
	 * @generated
	 */
	EAttribute getVisitDefinition_InstrumentIds();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.OutcomeMeasure <em>Outcome Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome Measure</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure
	 * @generated
	 */
	EClass getOutcomeMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.OutcomeMeasure#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getCode()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.OutcomeMeasure#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getTitle()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.OutcomeMeasure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getKind()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.OutcomeMeasure#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getInstrumentId()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.OutcomeMeasure#getScoreCode <em>Score Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score Code</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getScoreCode()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_ScoreCode();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.OutcomeMeasure#getTimePoint <em>Time Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Time Point</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getTimePoint()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EReference getOutcomeMeasure_TimePoint();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.OutcomeMeasure#getAnalysisId <em>Analysis Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis Id</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getAnalysisId()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_AnalysisId();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.OutcomeMeasure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stroma.model.study.OutcomeMeasure#getDescription()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_Description();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.EligibilityCriterion <em>Eligibility Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eligibility Criterion</em>'.
	 * @see org.stroma.model.study.EligibilityCriterion
	 * @generated
	 */
	EClass getEligibilityCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.EligibilityCriterion#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.stroma.model.study.EligibilityCriterion#getCode()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.EligibilityCriterion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.stroma.model.study.EligibilityCriterion#getText()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.EligibilityCriterion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stroma.model.study.EligibilityCriterion#getKind()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Kind();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.NumericRangeCriterion <em>Numeric Range Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Numeric Range Criterion</em>'.
	 * @see org.stroma.model.study.NumericRangeCriterion
	 * @generated
	 */
	EClass getNumericRangeCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.NumericRangeCriterion#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.stroma.model.study.NumericRangeCriterion#getAttribute()
	 * @see #getNumericRangeCriterion()
	 * @generated
	 */
	EAttribute getNumericRangeCriterion_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.NumericRangeCriterion#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.stroma.model.study.NumericRangeCriterion#getMin()
	 * @see #getNumericRangeCriterion()
	 * @generated
	 */
	EAttribute getNumericRangeCriterion_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.NumericRangeCriterion#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.stroma.model.study.NumericRangeCriterion#getMax()
	 * @see #getNumericRangeCriterion()
	 * @generated
	 */
	EAttribute getNumericRangeCriterion_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.NumericRangeCriterion#isMinInclusive <em>Min Inclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Inclusive</em>'.
	 * @see org.stroma.model.study.NumericRangeCriterion#isMinInclusive()
	 * @see #getNumericRangeCriterion()
	 * @generated
	 */
	EAttribute getNumericRangeCriterion_MinInclusive();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.NumericRangeCriterion#isMaxInclusive <em>Max Inclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Inclusive</em>'.
	 * @see org.stroma.model.study.NumericRangeCriterion#isMaxInclusive()
	 * @see #getNumericRangeCriterion()
	 * @generated
	 */
	EAttribute getNumericRangeCriterion_MaxInclusive();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.DiagnosisCriterion <em>Diagnosis Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnosis Criterion</em>'.
	 * @see org.stroma.model.study.DiagnosisCriterion
	 * @generated
	 */
	EClass getDiagnosisCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DiagnosisCriterion#getDiagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnosis</em>'.
	 * @see org.stroma.model.study.DiagnosisCriterion#getDiagnosis()
	 * @see #getDiagnosisCriterion()
	 * @generated
	 */
	EAttribute getDiagnosisCriterion_Diagnosis();

	/**
	 * Returns the meta object for the attribute list '{@link org.stroma.model.study.DiagnosisCriterion#getAllowedSubtypes <em>Allowed Subtypes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Subtypes</em>'.
	 * @see org.stroma.model.study.DiagnosisCriterion#getAllowedSubtypes()
	 * @see #getDiagnosisCriterion()
	 * @generated
	 */
	EAttribute getDiagnosisCriterion_AllowedSubtypes();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DiagnosisCriterion#getSupportingInstrumentId <em>Supporting Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supporting Instrument Id</em>'.
	 * @see org.stroma.model.study.DiagnosisCriterion#getSupportingInstrumentId()
	 * @see #getDiagnosisCriterion()
	 * @generated
	 */
	EAttribute getDiagnosisCriterion_SupportingInstrumentId();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.FlagCriterion <em>Flag Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flag Criterion</em>'.
	 * @see org.stroma.model.study.FlagCriterion
	 * @generated
	 */
	EClass getFlagCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.FlagCriterion#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.stroma.model.study.FlagCriterion#getAttribute()
	 * @see #getFlagCriterion()
	 * @generated
	 */
	EAttribute getFlagCriterion_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.FlagCriterion#isExpectedValue <em>Expected Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Value</em>'.
	 * @see org.stroma.model.study.FlagCriterion#isExpectedValue()
	 * @see #getFlagCriterion()
	 * @generated
	 */
	EAttribute getFlagCriterion_ExpectedValue();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Subject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject</em>'.
	 * @see org.stroma.model.study.Subject
	 * @generated
	 */
	EClass getSubject();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getScreeningId <em>Screening Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screening Id</em>'.
	 * @see org.stroma.model.study.Subject#getScreeningId()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_ScreeningId();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getSubjectId <em>Subject Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Id</em>'.
	 * @see org.stroma.model.study.Subject#getSubjectId()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_SubjectId();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.Subject#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.stroma.model.study.Subject#getSite()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.stroma.model.study.Subject#getSex()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getDateOfBirth <em>Date Of Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Birth</em>'.
	 * @see org.stroma.model.study.Subject#getDateOfBirth()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_DateOfBirth();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getBmi <em>Bmi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bmi</em>'.
	 * @see org.stroma.model.study.Subject#getBmi()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Bmi();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getDiagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnosis</em>'.
	 * @see org.stroma.model.study.Subject#getDiagnosis()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Diagnosis();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getSubtype <em>Subtype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtype</em>'.
	 * @see org.stroma.model.study.Subject#getSubtype()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_Subtype();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getDiseaseDurationMonths <em>Disease Duration Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disease Duration Months</em>'.
	 * @see org.stroma.model.study.Subject#getDiseaseDurationMonths()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_DiseaseDurationMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#isDiseaseActive <em>Disease Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disease Active</em>'.
	 * @see org.stroma.model.study.Subject#isDiseaseActive()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_DiseaseActive();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Subject#getInactiveMonths <em>Inactive Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inactive Months</em>'.
	 * @see org.stroma.model.study.Subject#getInactiveMonths()
	 * @see #getSubject()
	 * @generated
	 */
	EAttribute getSubject_InactiveMonths();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flags</em>'.
	 * @see org.stroma.model.study.Subject#getFlags()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Flags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getNumericValues <em>Numeric Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Numeric Values</em>'.
	 * @see org.stroma.model.study.Subject#getNumericValues()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_NumericValues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getConsents <em>Consents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consents</em>'.
	 * @see org.stroma.model.study.Subject#getConsents()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Consents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.stroma.model.study.Subject#getEvents()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Events();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.Subject#getAllocatedArm <em>Allocated Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Allocated Arm</em>'.
	 * @see org.stroma.model.study.Subject#getAllocatedArm()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_AllocatedArm();

	/**
	 * Returns the meta object for the containment reference '{@link org.stroma.model.study.Subject#getEligibilityOverride <em>Eligibility Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Eligibility Override</em>'.
	 * @see org.stroma.model.study.Subject#getEligibilityOverride()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_EligibilityOverride();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getProcedures <em>Procedures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Procedures</em>'.
	 * @see org.stroma.model.study.Subject#getProcedures()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Procedures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.stroma.model.study.Subject#getAssessments()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getAdverseEvents <em>Adverse Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adverse Events</em>'.
	 * @see org.stroma.model.study.Subject#getAdverseEvents()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_AdverseEvents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getProtocolDeviations <em>Protocol Deviations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protocol Deviations</em>'.
	 * @see org.stroma.model.study.Subject#getProtocolDeviations()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_ProtocolDeviations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.stroma.model.study.Subject#getImages()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_Images();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Subject#getVolumeMeasurements <em>Volume Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Volume Measurements</em>'.
	 * @see org.stroma.model.study.Subject#getVolumeMeasurements()
	 * @see #getSubject()
	 * @generated
	 */
	EReference getSubject_VolumeMeasurements();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.FlagValue <em>Flag Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flag Value</em>'.
	 * @see org.stroma.model.study.FlagValue
	 * @generated
	 */
	EClass getFlagValue();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.FlagValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.stroma.model.study.FlagValue#getName()
	 * @see #getFlagValue()
	 * @generated
	 */
	EAttribute getFlagValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.FlagValue#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.stroma.model.study.FlagValue#isValue()
	 * @see #getFlagValue()
	 * @generated
	 */
	EAttribute getFlagValue_Value();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.NumericValue <em>Numeric Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Numeric Value</em>'.
	 * @see org.stroma.model.study.NumericValue
	 * @generated
	 */
	EClass getNumericValue();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.NumericValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.stroma.model.study.NumericValue#getName()
	 * @see #getNumericValue()
	 * @generated
	 */
	EAttribute getNumericValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.NumericValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.stroma.model.study.NumericValue#getValue()
	 * @see #getNumericValue()
	 * @generated
	 */
	EAttribute getNumericValue_Value();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Consent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consent</em>'.
	 * @see org.stroma.model.study.Consent
	 * @generated
	 */
	EClass getConsent();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Consent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.stroma.model.study.Consent#getDate()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Consent#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.stroma.model.study.Consent#getVersion()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Consent#isSigned <em>Signed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed</em>'.
	 * @see org.stroma.model.study.Consent#isSigned()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Signed();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Consent#getWithdrawnDate <em>Withdrawn Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Withdrawn Date</em>'.
	 * @see org.stroma.model.study.Consent#getWithdrawnDate()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_WithdrawnDate();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.SubjectEvent <em>Subject Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subject Event</em>'.
	 * @see org.stroma.model.study.SubjectEvent
	 * @generated
	 */
	EClass getSubjectEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.SubjectEvent#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.stroma.model.study.SubjectEvent#getState()
	 * @see #getSubjectEvent()
	 * @generated
	 */
	EAttribute getSubjectEvent_State();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.SubjectEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.stroma.model.study.SubjectEvent#getDate()
	 * @see #getSubjectEvent()
	 * @generated
	 */
	EAttribute getSubjectEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.SubjectEvent#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.stroma.model.study.SubjectEvent#getReason()
	 * @see #getSubjectEvent()
	 * @generated
	 */
	EAttribute getSubjectEvent_Reason();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.SubjectEvent#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.stroma.model.study.SubjectEvent#getVisit()
	 * @see #getSubjectEvent()
	 * @generated
	 */
	EReference getSubjectEvent_Visit();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.EligibilityOverride <em>Eligibility Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eligibility Override</em>'.
	 * @see org.stroma.model.study.EligibilityOverride
	 * @generated
	 */
	EClass getEligibilityOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.EligibilityOverride#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.stroma.model.study.EligibilityOverride#getReason()
	 * @see #getEligibilityOverride()
	 * @generated
	 */
	EAttribute getEligibilityOverride_Reason();

	/**
	 * Returns the meta object for the attribute list '{@link org.stroma.model.study.EligibilityOverride#getCriterionCodes <em>Criterion Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Criterion Codes</em>'.
	 * @see org.stroma.model.study.EligibilityOverride#getCriterionCodes()
	 * @see #getEligibilityOverride()
	 * @generated
	 */
	EAttribute getEligibilityOverride_CriterionCodes();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.EligibilityOverride#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved By</em>'.
	 * @see org.stroma.model.study.EligibilityOverride#getApprovedBy()
	 * @see #getEligibilityOverride()
	 * @generated
	 */
	EAttribute getEligibilityOverride_ApprovedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.EligibilityOverride#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.stroma.model.study.EligibilityOverride#getDate()
	 * @see #getEligibilityOverride()
	 * @generated
	 */
	EAttribute getEligibilityOverride_Date();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Procedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Procedure</em>'.
	 * @see org.stroma.model.study.Procedure
	 * @generated
	 */
	EClass getProcedure();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Procedure#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.stroma.model.study.Procedure#getDate()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Procedure#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.stroma.model.study.Procedure#getType()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_Type();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.Procedure#getIntervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Intervention</em>'.
	 * @see org.stroma.model.study.Procedure#getIntervention()
	 * @see #getProcedure()
	 * @generated
	 */
	EReference getProcedure_Intervention();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.Procedure#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.stroma.model.study.Procedure#getVisit()
	 * @see #getProcedure()
	 * @generated
	 */
	EReference getProcedure_Visit();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Procedure#getSurgeon <em>Surgeon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Surgeon</em>'.
	 * @see org.stroma.model.study.Procedure#getSurgeon()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_Surgeon();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Procedure#getHarvestSite <em>Harvest Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Harvest Site</em>'.
	 * @see org.stroma.model.study.Procedure#getHarvestSite()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_HarvestSite();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Procedure#getLipoaspirateVolumeMl <em>Lipoaspirate Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lipoaspirate Volume Ml</em>'.
	 * @see org.stroma.model.study.Procedure#getLipoaspirateVolumeMl()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_LipoaspirateVolumeMl();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Procedure#getInjectionSites <em>Injection Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Injection Sites</em>'.
	 * @see org.stroma.model.study.Procedure#getInjectionSites()
	 * @see #getProcedure()
	 * @generated
	 */
	EReference getProcedure_InjectionSites();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.Procedure#getCellProduct <em>Cell Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cell Product</em>'.
	 * @see org.stroma.model.study.Procedure#getCellProduct()
	 * @see #getProcedure()
	 * @generated
	 */
	EReference getProcedure_CellProduct();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Procedure#getDoseCalculations <em>Dose Calculations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dose Calculations</em>'.
	 * @see org.stroma.model.study.Procedure#getDoseCalculations()
	 * @see #getProcedure()
	 * @generated
	 */
	EReference getProcedure_DoseCalculations();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Procedure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stroma.model.study.Procedure#getDescription()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_Description();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.DoseCalculation <em>Dose Calculation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dose Calculation</em>'.
	 * @see org.stroma.model.study.DoseCalculation
	 * @generated
	 */
	EClass getDoseCalculation();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DoseCalculation#getCalculation <em>Calculation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calculation</em>'.
	 * @see org.stroma.model.study.DoseCalculation#getCalculation()
	 * @see #getDoseCalculation()
	 * @generated
	 */
	EAttribute getDoseCalculation_Calculation();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DoseCalculation#getFormulaVersion <em>Formula Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formula Version</em>'.
	 * @see org.stroma.model.study.DoseCalculation#getFormulaVersion()
	 * @see #getDoseCalculation()
	 * @generated
	 */
	EAttribute getDoseCalculation_FormulaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DoseCalculation#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputs</em>'.
	 * @see org.stroma.model.study.DoseCalculation#getInputs()
	 * @see #getDoseCalculation()
	 * @generated
	 */
	EAttribute getDoseCalculation_Inputs();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DoseCalculation#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.stroma.model.study.DoseCalculation#getResult()
	 * @see #getDoseCalculation()
	 * @generated
	 */
	EAttribute getDoseCalculation_Result();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DoseCalculation#getCalculatedBy <em>Calculated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calculated By</em>'.
	 * @see org.stroma.model.study.DoseCalculation#getCalculatedBy()
	 * @see #getDoseCalculation()
	 * @generated
	 */
	EAttribute getDoseCalculation_CalculatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.DoseCalculation#getCalculatedAt <em>Calculated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calculated At</em>'.
	 * @see org.stroma.model.study.DoseCalculation#getCalculatedAt()
	 * @see #getDoseCalculation()
	 * @generated
	 */
	EAttribute getDoseCalculation_CalculatedAt();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.CellProduct <em>Cell Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Product</em>'.
	 * @see org.stroma.model.study.CellProduct
	 * @generated
	 */
	EClass getCellProduct();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getLot <em>Lot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lot</em>'.
	 * @see org.stroma.model.study.CellProduct#getLot()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_Lot();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.stroma.model.study.CellProduct#getType()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_Type();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.CellProduct#getDonor <em>Donor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Donor</em>'.
	 * @see org.stroma.model.study.CellProduct#getDonor()
	 * @see #getCellProduct()
	 * @generated
	 */
	EReference getCellProduct_Donor();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getPreparedDate <em>Prepared Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prepared Date</em>'.
	 * @see org.stroma.model.study.CellProduct#getPreparedDate()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_PreparedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getProcessingMethod <em>Processing Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Processing Method</em>'.
	 * @see org.stroma.model.study.CellProduct#getProcessingMethod()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_ProcessingMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getVolumeMl <em>Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Ml</em>'.
	 * @see org.stroma.model.study.CellProduct#getVolumeMl()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_VolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getTotalCellCount <em>Total Cell Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Cell Count</em>'.
	 * @see org.stroma.model.study.CellProduct#getTotalCellCount()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_TotalCellCount();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getViabilityPercent <em>Viability Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Viability Percent</em>'.
	 * @see org.stroma.model.study.CellProduct#getViabilityPercent()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_ViabilityPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getPassageNumber <em>Passage Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passage Number</em>'.
	 * @see org.stroma.model.study.CellProduct#getPassageNumber()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_PassageNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getPopulationDoublings <em>Population Doublings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population Doublings</em>'.
	 * @see org.stroma.model.study.CellProduct#getPopulationDoublings()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_PopulationDoublings();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.CellProduct#getDoublingTimeHours <em>Doubling Time Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doubling Time Hours</em>'.
	 * @see org.stroma.model.study.CellProduct#getDoublingTimeHours()
	 * @see #getCellProduct()
	 * @generated
	 */
	EAttribute getCellProduct_DoublingTimeHours();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.stroma.model.study.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.Assessment#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.stroma.model.study.Assessment#getVisit()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Visit();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Assessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.stroma.model.study.Assessment#getDate()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Assessment#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see org.stroma.model.study.Assessment#getInstrumentId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Assessment#getInstrumentVersion <em>Instrument Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Version</em>'.
	 * @see org.stroma.model.study.Assessment#getInstrumentVersion()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_InstrumentVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Assessment#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessor</em>'.
	 * @see org.stroma.model.study.Assessment#getAssessor()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Assessor();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Assessment#isAssessorBlinded <em>Assessor Blinded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessor Blinded</em>'.
	 * @see org.stroma.model.study.Assessment#isAssessorBlinded()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_AssessorBlinded();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.Assessment#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.stroma.model.study.Assessment#getMethod()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Method();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Assessment#getItemValues <em>Item Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Item Values</em>'.
	 * @see org.stroma.model.study.Assessment#getItemValues()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_ItemValues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.stroma.model.study.Assessment#getScoreValues <em>Score Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Score Values</em>'.
	 * @see org.stroma.model.study.Assessment#getScoreValues()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_ScoreValues();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.ItemValue <em>Item Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Value</em>'.
	 * @see org.stroma.model.study.ItemValue
	 * @generated
	 */
	EClass getItemValue();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ItemValue#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.stroma.model.study.ItemValue#getCode()
	 * @see #getItemValue()
	 * @generated
	 */
	EAttribute getItemValue_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ItemValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.stroma.model.study.ItemValue#getValue()
	 * @see #getItemValue()
	 * @generated
	 */
	EAttribute getItemValue_Value();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.ScoreValue <em>Score Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Value</em>'.
	 * @see org.stroma.model.study.ScoreValue
	 * @generated
	 */
	EClass getScoreValue();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ScoreValue#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.stroma.model.study.ScoreValue#getCode()
	 * @see #getScoreValue()
	 * @generated
	 */
	EAttribute getScoreValue_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ScoreValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.stroma.model.study.ScoreValue#getValue()
	 * @see #getScoreValue()
	 * @generated
	 */
	EAttribute getScoreValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ScoreValue#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.stroma.model.study.ScoreValue#getUnit()
	 * @see #getScoreValue()
	 * @generated
	 */
	EAttribute getScoreValue_Unit();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.AdverseEvent <em>Adverse Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adverse Event</em>'.
	 * @see org.stroma.model.study.AdverseEvent
	 * @generated
	 */
	EClass getAdverseEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getTerm()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getDescription()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getOnsetDate <em>Onset Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onset Date</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getOnsetDate()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_OnsetDate();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getResolutionDate <em>Resolution Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution Date</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getResolutionDate()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_ResolutionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#isSerious <em>Serious</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serious</em>'.
	 * @see org.stroma.model.study.AdverseEvent#isSerious()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Serious();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ctcae Grade</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getCtcaeGrade()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_CtcaeGrade();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getRelatedness <em>Relatedness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relatedness</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getRelatedness()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Relatedness();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getOutcome()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.AdverseEvent#getActionTaken <em>Action Taken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Taken</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getActionTaken()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EAttribute getAdverseEvent_ActionTaken();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.AdverseEvent#getProcedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Procedure</em>'.
	 * @see org.stroma.model.study.AdverseEvent#getProcedure()
	 * @see #getAdverseEvent()
	 * @generated
	 */
	EReference getAdverseEvent_Procedure();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.ProtocolDeviation <em>Protocol Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol Deviation</em>'.
	 * @see org.stroma.model.study.ProtocolDeviation
	 * @generated
	 */
	EClass getProtocolDeviation();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ProtocolDeviation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.stroma.model.study.ProtocolDeviation#getDate()
	 * @see #getProtocolDeviation()
	 * @generated
	 */
	EAttribute getProtocolDeviation_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ProtocolDeviation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stroma.model.study.ProtocolDeviation#getDescription()
	 * @see #getProtocolDeviation()
	 * @generated
	 */
	EAttribute getProtocolDeviation_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ProtocolDeviation#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.stroma.model.study.ProtocolDeviation#getCategory()
	 * @see #getProtocolDeviation()
	 * @generated
	 */
	EAttribute getProtocolDeviation_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ProtocolDeviation#isMajor <em>Major</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Major</em>'.
	 * @see org.stroma.model.study.ProtocolDeviation#isMajor()
	 * @see #getProtocolDeviation()
	 * @generated
	 */
	EAttribute getProtocolDeviation_Major();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.ImageReference <em>Image Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Reference</em>'.
	 * @see org.stroma.model.study.ImageReference
	 * @generated
	 */
	EClass getImageReference();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ImageReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.stroma.model.study.ImageReference#getKind()
	 * @see #getImageReference()
	 * @generated
	 */
	EAttribute getImageReference_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.ImageReference#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.stroma.model.study.ImageReference#getVisit()
	 * @see #getImageReference()
	 * @generated
	 */
	EReference getImageReference_Visit();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ImageReference#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.stroma.model.study.ImageReference#getDate()
	 * @see #getImageReference()
	 * @generated
	 */
	EAttribute getImageReference_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ImageReference#getRelativePath <em>Relative Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relative Path</em>'.
	 * @see org.stroma.model.study.ImageReference#getRelativePath()
	 * @see #getImageReference()
	 * @generated
	 */
	EAttribute getImageReference_RelativePath();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ImageReference#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.stroma.model.study.ImageReference#getSha256()
	 * @see #getImageReference()
	 * @generated
	 */
	EAttribute getImageReference_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ImageReference#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.stroma.model.study.ImageReference#getDescription()
	 * @see #getImageReference()
	 * @generated
	 */
	EAttribute getImageReference_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ImageReference#getView <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>View</em>'.
	 * @see org.stroma.model.study.ImageReference#getView()
	 * @see #getImageReference()
	 * @generated
	 */
	EAttribute getImageReference_View();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.ImageReference#getSeriesUid <em>Series Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series Uid</em>'.
	 * @see org.stroma.model.study.ImageReference#getSeriesUid()
	 * @see #getImageReference()
	 * @generated
	 */
	EAttribute getImageReference_SeriesUid();

	/**
	 * Returns the meta object for class '{@link org.stroma.model.study.VolumeMeasurement <em>Volume Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Volume Measurement</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement
	 * @generated
	 */
	EClass getVolumeMeasurement();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.VolumeMeasurement#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Series</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getSeries()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EReference getVolumeMeasurement_Series();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VolumeMeasurement#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getMethod()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EAttribute getVolumeMeasurement_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VolumeMeasurement#getVolumeMl <em>Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Ml</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getVolumeMl()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EAttribute getVolumeMeasurement_VolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VolumeMeasurement#getSegmentation <em>Segmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segmentation</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getSegmentation()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EAttribute getVolumeMeasurement_Segmentation();

	/**
	 * Returns the meta object for the reference '{@link org.stroma.model.study.VolumeMeasurement#getProcedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Procedure</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getProcedure()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EReference getVolumeMeasurement_Procedure();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VolumeMeasurement#getInjectedVolumeMl <em>Injected Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Injected Volume Ml</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getInjectedVolumeMl()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EAttribute getVolumeMeasurement_InjectedVolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VolumeMeasurement#getRetentionPercent <em>Retention Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Percent</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getRetentionPercent()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EAttribute getVolumeMeasurement_RetentionPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VolumeMeasurement#getMeasuredBy <em>Measured By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured By</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getMeasuredBy()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EAttribute getVolumeMeasurement_MeasuredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.stroma.model.study.VolumeMeasurement#getMeasuredAt <em>Measured At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured At</em>'.
	 * @see org.stroma.model.study.VolumeMeasurement#getMeasuredAt()
	 * @see #getVolumeMeasurement()
	 * @generated
	 */
	EAttribute getVolumeMeasurement_MeasuredAt();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.Registry <em>Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Registry</em>'.
	 * @see org.stroma.model.study.Registry
	 * @generated
	 */
	EEnum getRegistry();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.StudyDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Design</em>'.
	 * @see org.stroma.model.study.StudyDesign
	 * @generated
	 */
	EEnum getStudyDesign();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.Masking <em>Masking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Masking</em>'.
	 * @see org.stroma.model.study.Masking
	 * @generated
	 */
	EEnum getMasking();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.OutcomeKind <em>Outcome Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outcome Kind</em>'.
	 * @see org.stroma.model.study.OutcomeKind
	 * @generated
	 */
	EEnum getOutcomeKind();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.CriterionKind <em>Criterion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criterion Kind</em>'.
	 * @see org.stroma.model.study.CriterionKind
	 * @generated
	 */
	EEnum getCriterionKind();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.Diagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Diagnosis</em>'.
	 * @see org.stroma.model.study.Diagnosis
	 * @generated
	 */
	EEnum getDiagnosis();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.stroma.model.study.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.SubjectState <em>Subject State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subject State</em>'.
	 * @see org.stroma.model.study.SubjectState
	 * @generated
	 */
	EEnum getSubjectState();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.ProcedureType <em>Procedure Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Procedure Type</em>'.
	 * @see org.stroma.model.study.ProcedureType
	 * @generated
	 */
	EEnum getProcedureType();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.CellProductType <em>Cell Product Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cell Product Type</em>'.
	 * @see org.stroma.model.study.CellProductType
	 * @generated
	 */
	EEnum getCellProductType();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.Relatedness <em>Relatedness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relatedness</em>'.
	 * @see org.stroma.model.study.Relatedness
	 * @generated
	 */
	EEnum getRelatedness();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.AdverseEventOutcome <em>Adverse Event Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adverse Event Outcome</em>'.
	 * @see org.stroma.model.study.AdverseEventOutcome
	 * @generated
	 */
	EEnum getAdverseEventOutcome();

	/**
	 * Returns the meta object for enum '{@link org.stroma.model.study.ImageKind <em>Image Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Image Kind</em>'.
	 * @see org.stroma.model.study.ImageKind
	 * @generated
	 */
	EEnum getImageKind();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Letters, digits and dashes, starting with a letter or digit: a UUID or a readable code.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Identifier</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="pattern='[A-Za-z0-9][A-Za-z0-9\\-]*'"
	 * @generated
	 */
	EDataType getIdentifier();

	/**
	 * Returns the meta object for data type '<em>Ctcae Grade</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ctcae Grade</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="minInclusive='1' maxInclusive='5'"
	 * @generated
	 */
	EDataType getCtcaeGrade();

	/**
	 * Returns the meta object for data type '<em>Percentage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Percentage</em>'.
	 * @model instanceClass="double"
	 *        extendedMetaData="minInclusive='0' maxInclusive='100'"
	 * @generated
	 */
	EDataType getPercentage();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StudyFactory getStudyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.IdentifiedImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.StudyImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ACRONYM = eINSTANCE.getStudy_Acronym();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TITLE = eINSTANCE.getStudy_Title();

		/**
		 * The meta object literal for the '<em><b>Protocol Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PROTOCOL_VERSION = eINSTANCE.getStudy_ProtocolVersion();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESIGN = eINSTANCE.getStudy_Design();

		/**
		 * The meta object literal for the '<em><b>Masking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__MASKING = eINSTANCE.getStudy_Masking();

		/**
		 * The meta object literal for the '<em><b>Target Enrollment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TARGET_ENROLLMENT = eINSTANCE.getStudy_TargetEnrollment();

		/**
		 * The meta object literal for the '<em><b>Synthetic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SYNTHETIC = eINSTANCE.getStudy_Synthetic();

		/**
		 * The meta object literal for the '<em><b>Registrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__REGISTRATIONS = eINSTANCE.getStudy_Registrations();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SITES = eINSTANCE.getStudy_Sites();

		/**
		 * The meta object literal for the '<em><b>Arms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ARMS = eINSTANCE.getStudy_Arms();

		/**
		 * The meta object literal for the '<em><b>Visit Schedule</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__VISIT_SCHEDULE = eINSTANCE.getStudy_VisitSchedule();

		/**
		 * The meta object literal for the '<em><b>Eligibility Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ELIGIBILITY_CRITERIA = eINSTANCE.getStudy_EligibilityCriteria();

		/**
		 * The meta object literal for the '<em><b>Outcome Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__OUTCOME_MEASURES = eINSTANCE.getStudy_OutcomeMeasures();

		/**
		 * The meta object literal for the '<em><b>Cell Products</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__CELL_PRODUCTS = eINSTANCE.getStudy_CellProducts();

		/**
		 * The meta object literal for the '<em><b>Subjects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SUBJECTS = eINSTANCE.getStudy_Subjects();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.RegistrationImpl <em>Registration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.RegistrationImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getRegistration()
		 * @generated
		 */
		EClass REGISTRATION = eINSTANCE.getRegistration();

		/**
		 * The meta object literal for the '<em><b>Registry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRATION__REGISTRY = eINSTANCE.getRegistration_Registry();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRATION__IDENTIFIER = eINSTANCE.getRegistration_Identifier();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.SiteImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CODE = eINSTANCE.getSite_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__COUNTRY = eINSTANCE.getSite_Country();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ArmImpl <em>Arm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ArmImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getArm()
		 * @generated
		 */
		EClass ARM = eINSTANCE.getArm();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__CODE = eINSTANCE.getArm_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__NAME = eINSTANCE.getArm_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__DESCRIPTION = eINSTANCE.getArm_Description();

		/**
		 * The meta object literal for the '<em><b>Allocation Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__ALLOCATION_WEIGHT = eINSTANCE.getArm_AllocationWeight();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARM__INTERVENTIONS = eINSTANCE.getArm_Interventions();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.InterventionImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DESCRIPTION = eINSTANCE.getIntervention_Description();

		/**
		 * The meta object literal for the '<em><b>Target Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__TARGET_AREA = eINSTANCE.getIntervention_TargetArea();

		/**
		 * The meta object literal for the '<em><b>Planned Injection Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVENTION__PLANNED_INJECTION_SITES = eINSTANCE.getIntervention_PlannedInjectionSites();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ConventionalFatGraftingImpl <em>Conventional Fat Grafting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ConventionalFatGraftingImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getConventionalFatGrafting()
		 * @generated
		 */
		EClass CONVENTIONAL_FAT_GRAFTING = eINSTANCE.getConventionalFatGrafting();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.SvfAssistedFatGraftingImpl <em>Svf Assisted Fat Grafting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.SvfAssistedFatGraftingImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getSvfAssistedFatGrafting()
		 * @generated
		 */
		EClass SVF_ASSISTED_FAT_GRAFTING = eINSTANCE.getSvfAssistedFatGrafting();

		/**
		 * The meta object literal for the '<em><b>Svf Ratio Part</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART = eINSTANCE.getSvfAssistedFatGrafting_SvfRatioPart();

		/**
		 * The meta object literal for the '<em><b>Fat Ratio Part</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART = eINSTANCE.getSvfAssistedFatGrafting_FatRatioPart();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.AdscAssistedFatGraftingImpl <em>Adsc Assisted Fat Grafting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.AdscAssistedFatGraftingImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getAdscAssistedFatGrafting()
		 * @generated
		 */
		EClass ADSC_ASSISTED_FAT_GRAFTING = eINSTANCE.getAdscAssistedFatGrafting();

		/**
		 * The meta object literal for the '<em><b>Cells Per Ml Fat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT = eINSTANCE.getAdscAssistedFatGrafting_CellsPerMlFat();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.EcmSvfGelHairTransplantationImpl <em>Ecm Svf Gel Hair Transplantation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.EcmSvfGelHairTransplantationImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getEcmSvfGelHairTransplantation()
		 * @generated
		 */
		EClass ECM_SVF_GEL_HAIR_TRANSPLANTATION = eINSTANCE.getEcmSvfGelHairTransplantation();

		/**
		 * The meta object literal for the '<em><b>Gel Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML = eINSTANCE.getEcmSvfGelHairTransplantation_GelVolumeMl();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.TraditionalHairTransplantationImpl <em>Traditional Hair Transplantation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.TraditionalHairTransplantationImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getTraditionalHairTransplantation()
		 * @generated
		 */
		EClass TRADITIONAL_HAIR_TRANSPLANTATION = eINSTANCE.getTraditionalHairTransplantation();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.SvfFingerInjectionImpl <em>Svf Finger Injection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.SvfFingerInjectionImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getSvfFingerInjection()
		 * @generated
		 */
		EClass SVF_FINGER_INJECTION = eINSTANCE.getSvfFingerInjection();

		/**
		 * The meta object literal for the '<em><b>Volume Per Site Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML = eINSTANCE.getSvfFingerInjection_VolumePerSiteMl();

		/**
		 * The meta object literal for the '<em><b>Needle Gauge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SVF_FINGER_INJECTION__NEEDLE_GAUGE = eINSTANCE.getSvfFingerInjection_NeedleGauge();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.FatMicrograftsWithSvfImpl <em>Fat Micrografts With Svf</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.FatMicrograftsWithSvfImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getFatMicrograftsWithSvf()
		 * @generated
		 */
		EClass FAT_MICROGRAFTS_WITH_SVF = eINSTANCE.getFatMicrograftsWithSvf();

		/**
		 * The meta object literal for the '<em><b>Fat Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML = eINSTANCE.getFatMicrograftsWithSvf_FatVolumeMl();

		/**
		 * The meta object literal for the '<em><b>Svf Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML = eINSTANCE.getFatMicrograftsWithSvf_SvfVolumeMl();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.StandardCareImpl <em>Standard Care</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.StandardCareImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getStandardCare()
		 * @generated
		 */
		EClass STANDARD_CARE = eINSTANCE.getStandardCare();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.InjectionSiteImpl <em>Injection Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.InjectionSiteImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getInjectionSite()
		 * @generated
		 */
		EClass INJECTION_SITE = eINSTANCE.getInjectionSite();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INJECTION_SITE__REGION = eINSTANCE.getInjectionSite_Region();

		/**
		 * The meta object literal for the '<em><b>Site Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INJECTION_SITE__SITE_NAME = eINSTANCE.getInjectionSite_SiteName();

		/**
		 * The meta object literal for the '<em><b>Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INJECTION_SITE__VOLUME_ML = eINSTANCE.getInjectionSite_VolumeMl();

		/**
		 * The meta object literal for the '<em><b>Injection Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INJECTION_SITE__INJECTION_COUNT = eINSTANCE.getInjectionSite_InjectionCount();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.VisitDefinitionImpl <em>Visit Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.VisitDefinitionImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getVisitDefinition()
		 * @generated
		 */
		EClass VISIT_DEFINITION = eINSTANCE.getVisitDefinition();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__CODE = eINSTANCE.getVisitDefinition_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__NAME = eINSTANCE.getVisitDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Target Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__TARGET_DAY = eINSTANCE.getVisitDefinition_TargetDay();

		/**
		 * The meta object literal for the '<em><b>Window Before Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__WINDOW_BEFORE_DAYS = eINSTANCE.getVisitDefinition_WindowBeforeDays();

		/**
		 * The meta object literal for the '<em><b>Window After Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__WINDOW_AFTER_DAYS = eINSTANCE.getVisitDefinition_WindowAfterDays();

		/**
		 * The meta object literal for the '<em><b>Instrument Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT_DEFINITION__INSTRUMENT_IDS = eINSTANCE.getVisitDefinition_InstrumentIds();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.OutcomeMeasureImpl <em>Outcome Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.OutcomeMeasureImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getOutcomeMeasure()
		 * @generated
		 */
		EClass OUTCOME_MEASURE = eINSTANCE.getOutcomeMeasure();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__CODE = eINSTANCE.getOutcomeMeasure_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__TITLE = eINSTANCE.getOutcomeMeasure_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__KIND = eINSTANCE.getOutcomeMeasure_Kind();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__INSTRUMENT_ID = eINSTANCE.getOutcomeMeasure_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Score Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__SCORE_CODE = eINSTANCE.getOutcomeMeasure_ScoreCode();

		/**
		 * The meta object literal for the '<em><b>Time Point</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME_MEASURE__TIME_POINT = eINSTANCE.getOutcomeMeasure_TimePoint();

		/**
		 * The meta object literal for the '<em><b>Analysis Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__ANALYSIS_ID = eINSTANCE.getOutcomeMeasure_AnalysisId();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__DESCRIPTION = eINSTANCE.getOutcomeMeasure_Description();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.EligibilityCriterionImpl <em>Eligibility Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.EligibilityCriterionImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getEligibilityCriterion()
		 * @generated
		 */
		EClass ELIGIBILITY_CRITERION = eINSTANCE.getEligibilityCriterion();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__CODE = eINSTANCE.getEligibilityCriterion_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__TEXT = eINSTANCE.getEligibilityCriterion_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__KIND = eINSTANCE.getEligibilityCriterion_Kind();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.NumericRangeCriterionImpl <em>Numeric Range Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.NumericRangeCriterionImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getNumericRangeCriterion()
		 * @generated
		 */
		EClass NUMERIC_RANGE_CRITERION = eINSTANCE.getNumericRangeCriterion();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_RANGE_CRITERION__ATTRIBUTE = eINSTANCE.getNumericRangeCriterion_Attribute();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_RANGE_CRITERION__MIN = eINSTANCE.getNumericRangeCriterion_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_RANGE_CRITERION__MAX = eINSTANCE.getNumericRangeCriterion_Max();

		/**
		 * The meta object literal for the '<em><b>Min Inclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_RANGE_CRITERION__MIN_INCLUSIVE = eINSTANCE.getNumericRangeCriterion_MinInclusive();

		/**
		 * The meta object literal for the '<em><b>Max Inclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_RANGE_CRITERION__MAX_INCLUSIVE = eINSTANCE.getNumericRangeCriterion_MaxInclusive();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.DiagnosisCriterionImpl <em>Diagnosis Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.DiagnosisCriterionImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getDiagnosisCriterion()
		 * @generated
		 */
		EClass DIAGNOSIS_CRITERION = eINSTANCE.getDiagnosisCriterion();

		/**
		 * The meta object literal for the '<em><b>Diagnosis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS_CRITERION__DIAGNOSIS = eINSTANCE.getDiagnosisCriterion_Diagnosis();

		/**
		 * The meta object literal for the '<em><b>Allowed Subtypes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES = eINSTANCE.getDiagnosisCriterion_AllowedSubtypes();

		/**
		 * The meta object literal for the '<em><b>Supporting Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID = eINSTANCE.getDiagnosisCriterion_SupportingInstrumentId();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.FlagCriterionImpl <em>Flag Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.FlagCriterionImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getFlagCriterion()
		 * @generated
		 */
		EClass FLAG_CRITERION = eINSTANCE.getFlagCriterion();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_CRITERION__ATTRIBUTE = eINSTANCE.getFlagCriterion_Attribute();

		/**
		 * The meta object literal for the '<em><b>Expected Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_CRITERION__EXPECTED_VALUE = eINSTANCE.getFlagCriterion_ExpectedValue();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.SubjectImpl <em>Subject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.SubjectImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getSubject()
		 * @generated
		 */
		EClass SUBJECT = eINSTANCE.getSubject();

		/**
		 * The meta object literal for the '<em><b>Screening Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SCREENING_ID = eINSTANCE.getSubject_ScreeningId();

		/**
		 * The meta object literal for the '<em><b>Subject Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SUBJECT_ID = eINSTANCE.getSubject_SubjectId();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__SITE = eINSTANCE.getSubject_Site();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SEX = eINSTANCE.getSubject_Sex();

		/**
		 * The meta object literal for the '<em><b>Date Of Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__DATE_OF_BIRTH = eINSTANCE.getSubject_DateOfBirth();

		/**
		 * The meta object literal for the '<em><b>Bmi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__BMI = eINSTANCE.getSubject_Bmi();

		/**
		 * The meta object literal for the '<em><b>Diagnosis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__DIAGNOSIS = eINSTANCE.getSubject_Diagnosis();

		/**
		 * The meta object literal for the '<em><b>Subtype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__SUBTYPE = eINSTANCE.getSubject_Subtype();

		/**
		 * The meta object literal for the '<em><b>Disease Duration Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__DISEASE_DURATION_MONTHS = eINSTANCE.getSubject_DiseaseDurationMonths();

		/**
		 * The meta object literal for the '<em><b>Disease Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__DISEASE_ACTIVE = eINSTANCE.getSubject_DiseaseActive();

		/**
		 * The meta object literal for the '<em><b>Inactive Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT__INACTIVE_MONTHS = eINSTANCE.getSubject_InactiveMonths();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__FLAGS = eINSTANCE.getSubject_Flags();

		/**
		 * The meta object literal for the '<em><b>Numeric Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__NUMERIC_VALUES = eINSTANCE.getSubject_NumericValues();

		/**
		 * The meta object literal for the '<em><b>Consents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__CONSENTS = eINSTANCE.getSubject_Consents();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__EVENTS = eINSTANCE.getSubject_Events();

		/**
		 * The meta object literal for the '<em><b>Allocated Arm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__ALLOCATED_ARM = eINSTANCE.getSubject_AllocatedArm();

		/**
		 * The meta object literal for the '<em><b>Eligibility Override</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__ELIGIBILITY_OVERRIDE = eINSTANCE.getSubject_EligibilityOverride();

		/**
		 * The meta object literal for the '<em><b>Procedures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__PROCEDURES = eINSTANCE.getSubject_Procedures();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__ASSESSMENTS = eINSTANCE.getSubject_Assessments();

		/**
		 * The meta object literal for the '<em><b>Adverse Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__ADVERSE_EVENTS = eINSTANCE.getSubject_AdverseEvents();

		/**
		 * The meta object literal for the '<em><b>Protocol Deviations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__PROTOCOL_DEVIATIONS = eINSTANCE.getSubject_ProtocolDeviations();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__IMAGES = eINSTANCE.getSubject_Images();

		/**
		 * The meta object literal for the '<em><b>Volume Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT__VOLUME_MEASUREMENTS = eINSTANCE.getSubject_VolumeMeasurements();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.FlagValueImpl <em>Flag Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.FlagValueImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getFlagValue()
		 * @generated
		 */
		EClass FLAG_VALUE = eINSTANCE.getFlagValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_VALUE__NAME = eINSTANCE.getFlagValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAG_VALUE__VALUE = eINSTANCE.getFlagValue_Value();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.NumericValueImpl <em>Numeric Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.NumericValueImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getNumericValue()
		 * @generated
		 */
		EClass NUMERIC_VALUE = eINSTANCE.getNumericValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_VALUE__NAME = eINSTANCE.getNumericValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMERIC_VALUE__VALUE = eINSTANCE.getNumericValue_Value();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ConsentImpl <em>Consent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ConsentImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getConsent()
		 * @generated
		 */
		EClass CONSENT = eINSTANCE.getConsent();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__DATE = eINSTANCE.getConsent_Date();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__VERSION = eINSTANCE.getConsent_Version();

		/**
		 * The meta object literal for the '<em><b>Signed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__SIGNED = eINSTANCE.getConsent_Signed();

		/**
		 * The meta object literal for the '<em><b>Withdrawn Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__WITHDRAWN_DATE = eINSTANCE.getConsent_WithdrawnDate();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.SubjectEventImpl <em>Subject Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.SubjectEventImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getSubjectEvent()
		 * @generated
		 */
		EClass SUBJECT_EVENT = eINSTANCE.getSubjectEvent();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_EVENT__STATE = eINSTANCE.getSubjectEvent_State();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_EVENT__DATE = eINSTANCE.getSubjectEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBJECT_EVENT__REASON = eINSTANCE.getSubjectEvent_Reason();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBJECT_EVENT__VISIT = eINSTANCE.getSubjectEvent_Visit();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.EligibilityOverrideImpl <em>Eligibility Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.EligibilityOverrideImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getEligibilityOverride()
		 * @generated
		 */
		EClass ELIGIBILITY_OVERRIDE = eINSTANCE.getEligibilityOverride();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_OVERRIDE__REASON = eINSTANCE.getEligibilityOverride_Reason();

		/**
		 * The meta object literal for the '<em><b>Criterion Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_OVERRIDE__CRITERION_CODES = eINSTANCE.getEligibilityOverride_CriterionCodes();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_OVERRIDE__APPROVED_BY = eINSTANCE.getEligibilityOverride_ApprovedBy();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_OVERRIDE__DATE = eINSTANCE.getEligibilityOverride_Date();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ProcedureImpl <em>Procedure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ProcedureImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getProcedure()
		 * @generated
		 */
		EClass PROCEDURE = eINSTANCE.getProcedure();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__DATE = eINSTANCE.getProcedure_Date();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__TYPE = eINSTANCE.getProcedure_Type();

		/**
		 * The meta object literal for the '<em><b>Intervention</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCEDURE__INTERVENTION = eINSTANCE.getProcedure_Intervention();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCEDURE__VISIT = eINSTANCE.getProcedure_Visit();

		/**
		 * The meta object literal for the '<em><b>Surgeon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__SURGEON = eINSTANCE.getProcedure_Surgeon();

		/**
		 * The meta object literal for the '<em><b>Harvest Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__HARVEST_SITE = eINSTANCE.getProcedure_HarvestSite();

		/**
		 * The meta object literal for the '<em><b>Lipoaspirate Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__LIPOASPIRATE_VOLUME_ML = eINSTANCE.getProcedure_LipoaspirateVolumeMl();

		/**
		 * The meta object literal for the '<em><b>Injection Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCEDURE__INJECTION_SITES = eINSTANCE.getProcedure_InjectionSites();

		/**
		 * The meta object literal for the '<em><b>Cell Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCEDURE__CELL_PRODUCT = eINSTANCE.getProcedure_CellProduct();

		/**
		 * The meta object literal for the '<em><b>Dose Calculations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCEDURE__DOSE_CALCULATIONS = eINSTANCE.getProcedure_DoseCalculations();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__DESCRIPTION = eINSTANCE.getProcedure_Description();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.DoseCalculationImpl <em>Dose Calculation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.DoseCalculationImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getDoseCalculation()
		 * @generated
		 */
		EClass DOSE_CALCULATION = eINSTANCE.getDoseCalculation();

		/**
		 * The meta object literal for the '<em><b>Calculation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_CALCULATION__CALCULATION = eINSTANCE.getDoseCalculation_Calculation();

		/**
		 * The meta object literal for the '<em><b>Formula Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_CALCULATION__FORMULA_VERSION = eINSTANCE.getDoseCalculation_FormulaVersion();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_CALCULATION__INPUTS = eINSTANCE.getDoseCalculation_Inputs();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_CALCULATION__RESULT = eINSTANCE.getDoseCalculation_Result();

		/**
		 * The meta object literal for the '<em><b>Calculated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_CALCULATION__CALCULATED_BY = eINSTANCE.getDoseCalculation_CalculatedBy();

		/**
		 * The meta object literal for the '<em><b>Calculated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_CALCULATION__CALCULATED_AT = eINSTANCE.getDoseCalculation_CalculatedAt();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.CellProductImpl <em>Cell Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.CellProductImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getCellProduct()
		 * @generated
		 */
		EClass CELL_PRODUCT = eINSTANCE.getCellProduct();

		/**
		 * The meta object literal for the '<em><b>Lot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__LOT = eINSTANCE.getCellProduct_Lot();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__TYPE = eINSTANCE.getCellProduct_Type();

		/**
		 * The meta object literal for the '<em><b>Donor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_PRODUCT__DONOR = eINSTANCE.getCellProduct_Donor();

		/**
		 * The meta object literal for the '<em><b>Prepared Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__PREPARED_DATE = eINSTANCE.getCellProduct_PreparedDate();

		/**
		 * The meta object literal for the '<em><b>Processing Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__PROCESSING_METHOD = eINSTANCE.getCellProduct_ProcessingMethod();

		/**
		 * The meta object literal for the '<em><b>Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__VOLUME_ML = eINSTANCE.getCellProduct_VolumeMl();

		/**
		 * The meta object literal for the '<em><b>Total Cell Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__TOTAL_CELL_COUNT = eINSTANCE.getCellProduct_TotalCellCount();

		/**
		 * The meta object literal for the '<em><b>Viability Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__VIABILITY_PERCENT = eINSTANCE.getCellProduct_ViabilityPercent();

		/**
		 * The meta object literal for the '<em><b>Passage Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__PASSAGE_NUMBER = eINSTANCE.getCellProduct_PassageNumber();

		/**
		 * The meta object literal for the '<em><b>Population Doublings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__POPULATION_DOUBLINGS = eINSTANCE.getCellProduct_PopulationDoublings();

		/**
		 * The meta object literal for the '<em><b>Doubling Time Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_PRODUCT__DOUBLING_TIME_HOURS = eINSTANCE.getCellProduct_DoublingTimeHours();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.AssessmentImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__VISIT = eINSTANCE.getAssessment_Visit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DATE = eINSTANCE.getAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__INSTRUMENT_ID = eINSTANCE.getAssessment_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Instrument Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__INSTRUMENT_VERSION = eINSTANCE.getAssessment_InstrumentVersion();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ASSESSOR = eINSTANCE.getAssessment_Assessor();

		/**
		 * The meta object literal for the '<em><b>Assessor Blinded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ASSESSOR_BLINDED = eINSTANCE.getAssessment_AssessorBlinded();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__METHOD = eINSTANCE.getAssessment_Method();

		/**
		 * The meta object literal for the '<em><b>Item Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ITEM_VALUES = eINSTANCE.getAssessment_ItemValues();

		/**
		 * The meta object literal for the '<em><b>Score Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SCORE_VALUES = eINSTANCE.getAssessment_ScoreValues();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ItemValueImpl <em>Item Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ItemValueImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getItemValue()
		 * @generated
		 */
		EClass ITEM_VALUE = eINSTANCE.getItemValue();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VALUE__CODE = eINSTANCE.getItemValue_Code();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_VALUE__VALUE = eINSTANCE.getItemValue_Value();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ScoreValueImpl <em>Score Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ScoreValueImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getScoreValue()
		 * @generated
		 */
		EClass SCORE_VALUE = eINSTANCE.getScoreValue();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_VALUE__CODE = eINSTANCE.getScoreValue_Code();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_VALUE__VALUE = eINSTANCE.getScoreValue_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_VALUE__UNIT = eINSTANCE.getScoreValue_Unit();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.AdverseEventImpl <em>Adverse Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.AdverseEventImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getAdverseEvent()
		 * @generated
		 */
		EClass ADVERSE_EVENT = eINSTANCE.getAdverseEvent();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__TERM = eINSTANCE.getAdverseEvent_Term();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__DESCRIPTION = eINSTANCE.getAdverseEvent_Description();

		/**
		 * The meta object literal for the '<em><b>Onset Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__ONSET_DATE = eINSTANCE.getAdverseEvent_OnsetDate();

		/**
		 * The meta object literal for the '<em><b>Resolution Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__RESOLUTION_DATE = eINSTANCE.getAdverseEvent_ResolutionDate();

		/**
		 * The meta object literal for the '<em><b>Serious</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__SERIOUS = eINSTANCE.getAdverseEvent_Serious();

		/**
		 * The meta object literal for the '<em><b>Ctcae Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__CTCAE_GRADE = eINSTANCE.getAdverseEvent_CtcaeGrade();

		/**
		 * The meta object literal for the '<em><b>Relatedness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__RELATEDNESS = eINSTANCE.getAdverseEvent_Relatedness();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__OUTCOME = eINSTANCE.getAdverseEvent_Outcome();

		/**
		 * The meta object literal for the '<em><b>Action Taken</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSE_EVENT__ACTION_TAKEN = eINSTANCE.getAdverseEvent_ActionTaken();

		/**
		 * The meta object literal for the '<em><b>Procedure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERSE_EVENT__PROCEDURE = eINSTANCE.getAdverseEvent_Procedure();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ProtocolDeviationImpl <em>Protocol Deviation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ProtocolDeviationImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getProtocolDeviation()
		 * @generated
		 */
		EClass PROTOCOL_DEVIATION = eINSTANCE.getProtocolDeviation();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_DEVIATION__DATE = eINSTANCE.getProtocolDeviation_Date();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_DEVIATION__DESCRIPTION = eINSTANCE.getProtocolDeviation_Description();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_DEVIATION__CATEGORY = eINSTANCE.getProtocolDeviation_Category();

		/**
		 * The meta object literal for the '<em><b>Major</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_DEVIATION__MAJOR = eINSTANCE.getProtocolDeviation_Major();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.ImageReferenceImpl <em>Image Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.ImageReferenceImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getImageReference()
		 * @generated
		 */
		EClass IMAGE_REFERENCE = eINSTANCE.getImageReference();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_REFERENCE__KIND = eINSTANCE.getImageReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_REFERENCE__VISIT = eINSTANCE.getImageReference_Visit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_REFERENCE__DATE = eINSTANCE.getImageReference_Date();

		/**
		 * The meta object literal for the '<em><b>Relative Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_REFERENCE__RELATIVE_PATH = eINSTANCE.getImageReference_RelativePath();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_REFERENCE__SHA256 = eINSTANCE.getImageReference_Sha256();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_REFERENCE__DESCRIPTION = eINSTANCE.getImageReference_Description();

		/**
		 * The meta object literal for the '<em><b>View</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_REFERENCE__VIEW = eINSTANCE.getImageReference_View();

		/**
		 * The meta object literal for the '<em><b>Series Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_REFERENCE__SERIES_UID = eINSTANCE.getImageReference_SeriesUid();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.impl.VolumeMeasurementImpl <em>Volume Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.VolumeMeasurementImpl
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getVolumeMeasurement()
		 * @generated
		 */
		EClass VOLUME_MEASUREMENT = eINSTANCE.getVolumeMeasurement();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_MEASUREMENT__SERIES = eINSTANCE.getVolumeMeasurement_Series();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_MEASUREMENT__METHOD = eINSTANCE.getVolumeMeasurement_Method();

		/**
		 * The meta object literal for the '<em><b>Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_MEASUREMENT__VOLUME_ML = eINSTANCE.getVolumeMeasurement_VolumeMl();

		/**
		 * The meta object literal for the '<em><b>Segmentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_MEASUREMENT__SEGMENTATION = eINSTANCE.getVolumeMeasurement_Segmentation();

		/**
		 * The meta object literal for the '<em><b>Procedure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOLUME_MEASUREMENT__PROCEDURE = eINSTANCE.getVolumeMeasurement_Procedure();

		/**
		 * The meta object literal for the '<em><b>Injected Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_MEASUREMENT__INJECTED_VOLUME_ML = eINSTANCE.getVolumeMeasurement_InjectedVolumeMl();

		/**
		 * The meta object literal for the '<em><b>Retention Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_MEASUREMENT__RETENTION_PERCENT = eINSTANCE.getVolumeMeasurement_RetentionPercent();

		/**
		 * The meta object literal for the '<em><b>Measured By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_MEASUREMENT__MEASURED_BY = eINSTANCE.getVolumeMeasurement_MeasuredBy();

		/**
		 * The meta object literal for the '<em><b>Measured At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLUME_MEASUREMENT__MEASURED_AT = eINSTANCE.getVolumeMeasurement_MeasuredAt();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.Registry <em>Registry</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.Registry
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getRegistry()
		 * @generated
		 */
		EEnum REGISTRY = eINSTANCE.getRegistry();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.StudyDesign <em>Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.StudyDesign
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getStudyDesign()
		 * @generated
		 */
		EEnum STUDY_DESIGN = eINSTANCE.getStudyDesign();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.Masking <em>Masking</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.Masking
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getMasking()
		 * @generated
		 */
		EEnum MASKING = eINSTANCE.getMasking();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.OutcomeKind <em>Outcome Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.OutcomeKind
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getOutcomeKind()
		 * @generated
		 */
		EEnum OUTCOME_KIND = eINSTANCE.getOutcomeKind();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.CriterionKind <em>Criterion Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.CriterionKind
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getCriterionKind()
		 * @generated
		 */
		EEnum CRITERION_KIND = eINSTANCE.getCriterionKind();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.Diagnosis <em>Diagnosis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.Diagnosis
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getDiagnosis()
		 * @generated
		 */
		EEnum DIAGNOSIS = eINSTANCE.getDiagnosis();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.Sex
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.SubjectState <em>Subject State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.SubjectState
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getSubjectState()
		 * @generated
		 */
		EEnum SUBJECT_STATE = eINSTANCE.getSubjectState();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.ProcedureType <em>Procedure Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.ProcedureType
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getProcedureType()
		 * @generated
		 */
		EEnum PROCEDURE_TYPE = eINSTANCE.getProcedureType();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.CellProductType <em>Cell Product Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.CellProductType
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getCellProductType()
		 * @generated
		 */
		EEnum CELL_PRODUCT_TYPE = eINSTANCE.getCellProductType();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.Relatedness <em>Relatedness</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.Relatedness
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getRelatedness()
		 * @generated
		 */
		EEnum RELATEDNESS = eINSTANCE.getRelatedness();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.AdverseEventOutcome <em>Adverse Event Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.AdverseEventOutcome
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getAdverseEventOutcome()
		 * @generated
		 */
		EEnum ADVERSE_EVENT_OUTCOME = eINSTANCE.getAdverseEventOutcome();

		/**
		 * The meta object literal for the '{@link org.stroma.model.study.ImageKind <em>Image Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.ImageKind
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getImageKind()
		 * @generated
		 */
		EEnum IMAGE_KIND = eINSTANCE.getImageKind();

		/**
		 * The meta object literal for the '<em>Identifier</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getIdentifier()
		 * @generated
		 */
		EDataType IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em>Ctcae Grade</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getCtcaeGrade()
		 * @generated
		 */
		EDataType CTCAE_GRADE = eINSTANCE.getCtcaeGrade();

		/**
		 * The meta object literal for the '<em>Percentage</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.stroma.model.study.impl.StudyPackageImpl#getPercentage()
		 * @generated
		 */
		EDataType PERCENTAGE = eINSTANCE.getPercentage();

	}

} //StudyPackage
