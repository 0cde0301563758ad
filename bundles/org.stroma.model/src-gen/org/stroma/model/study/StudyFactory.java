/**
 */
package org.stroma.model.study;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage
 * @generated
 */
public interface StudyFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StudyFactory eINSTANCE = org.stroma.model.study.impl.StudyFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Registration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Registration</em>'.
	 * @generated
	 */
	Registration createRegistration();

	/**
	 * Returns a new object of class '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Site</em>'.
	 * @generated
	 */
	Site createSite();

	/**
	 * Returns a new object of class '<em>Arm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Arm</em>'.
	 * @generated
	 */
	Arm createArm();

	/**
	 * Returns a new object of class '<em>Conventional Fat Grafting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conventional Fat Grafting</em>'.
	 * @generated
	 */
	ConventionalFatGrafting createConventionalFatGrafting();

	/**
	 * Returns a new object of class '<em>Svf Assisted Fat Grafting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Svf Assisted Fat Grafting</em>'.
	 * @generated
	 */
	SvfAssistedFatGrafting createSvfAssistedFatGrafting();

	/**
	 * Returns a new object of class '<em>Adsc Assisted Fat Grafting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adsc Assisted Fat Grafting</em>'.
	 * @generated
	 */
	AdscAssistedFatGrafting createAdscAssistedFatGrafting();

	/**
	 * Returns a new object of class '<em>Ecm Svf Gel Hair Transplantation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ecm Svf Gel Hair Transplantation</em>'.
	 * @generated
	 */
	EcmSvfGelHairTransplantation createEcmSvfGelHairTransplantation();

	/**
	 * Returns a new object of class '<em>Traditional Hair Transplantation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Traditional Hair Transplantation</em>'.
	 * @generated
	 */
	TraditionalHairTransplantation createTraditionalHairTransplantation();

	/**
	 * Returns a new object of class '<em>Svf Finger Injection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Svf Finger Injection</em>'.
	 * @generated
	 */
	SvfFingerInjection createSvfFingerInjection();

	/**
	 * Returns a new object of class '<em>Fat Micrografts With Svf</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fat Micrografts With Svf</em>'.
	 * @generated
	 */
	FatMicrograftsWithSvf createFatMicrograftsWithSvf();

	/**
	 * Returns a new object of class '<em>Standard Care</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standard Care</em>'.
	 * @generated
	 */
	StandardCare createStandardCare();

	/**
	 * Returns a new object of class '<em>Injection Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Injection Site</em>'.
	 * @generated
	 */
	InjectionSite createInjectionSite();

	/**
	 * Returns a new object of class '<em>Visit Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Visit Definition</em>'.
	 * @generated
	 */
	VisitDefinition createVisitDefinition();

	/**
	 * Returns a new object of class '<em>Outcome Measure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outcome Measure</em>'.
	 * @generated
	 */
	OutcomeMeasure createOutcomeMeasure();

	/**
	 * Returns a new object of class '<em>Numeric Range Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Numeric Range Criterion</em>'.
	 * @generated
	 */
	NumericRangeCriterion createNumericRangeCriterion();

	/**
	 * Returns a new object of class '<em>Diagnosis Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagnosis Criterion</em>'.
	 * @generated
	 */
	DiagnosisCriterion createDiagnosisCriterion();

	/**
	 * Returns a new object of class '<em>Flag Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flag Criterion</em>'.
	 * @generated
	 */
	FlagCriterion createFlagCriterion();

	/**
	 * Returns a new object of class '<em>Subject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject</em>'.
	 * @generated
	 */
	Subject createSubject();

	/**
	 * Returns a new object of class '<em>Flag Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flag Value</em>'.
	 * @generated
	 */
	FlagValue createFlagValue();

	/**
	 * Returns a new object of class '<em>Numeric Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Numeric Value</em>'.
	 * @generated
	 */
	NumericValue createNumericValue();

	/**
	 * Returns a new object of class '<em>Consent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consent</em>'.
	 * @generated
	 */
	Consent createConsent();

	/**
	 * Returns a new object of class '<em>Subject Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subject Event</em>'.
	 * @generated
	 */
	SubjectEvent createSubjectEvent();

	/**
	 * Returns a new object of class '<em>Eligibility Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Eligibility Override</em>'.
	 * @generated
	 */
	EligibilityOverride createEligibilityOverride();

	/**
	 * Returns a new object of class '<em>Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Procedure</em>'.
	 * @generated
	 */
	Procedure createProcedure();

	/**
	 * Returns a new object of class '<em>Dose Calculation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dose Calculation</em>'.
	 * @generated
	 */
	DoseCalculation createDoseCalculation();

	/**
	 * Returns a new object of class '<em>Cell Product</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cell Product</em>'.
	 * @generated
	 */
	CellProduct createCellProduct();

	/**
	 * Returns a new object of class '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment</em>'.
	 * @generated
	 */
	Assessment createAssessment();

	/**
	 * Returns a new object of class '<em>Item Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Item Value</em>'.
	 * @generated
	 */
	ItemValue createItemValue();

	/**
	 * Returns a new object of class '<em>Score Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Score Value</em>'.
	 * @generated
	 */
	ScoreValue createScoreValue();

	/**
	 * Returns a new object of class '<em>Adverse Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adverse Event</em>'.
	 * @generated
	 */
	AdverseEvent createAdverseEvent();

	/**
	 * Returns a new object of class '<em>Protocol Deviation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Protocol Deviation</em>'.
	 * @generated
	 */
	ProtocolDeviation createProtocolDeviation();

	/**
	 * Returns a new object of class '<em>Image Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Reference</em>'.
	 * @generated
	 */
	ImageReference createImageReference();

	/**
	 * Returns a new object of class '<em>Volume Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Volume Measurement</em>'.
	 * @generated
	 */
	VolumeMeasurement createVolumeMeasurement();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	StudyPackage getStudyPackage();

} //StudyFactory
