/**
 */
package org.stroma.model.study.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.stroma.model.study.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage
 * @generated
 */
public class StudyAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static StudyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = StudyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudySwitch<Adapter> modelSwitch =
		new StudySwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseRegistration(Registration object) {
				return createRegistrationAdapter();
			}
			@Override
			public Adapter caseSite(Site object) {
				return createSiteAdapter();
			}
			@Override
			public Adapter caseArm(Arm object) {
				return createArmAdapter();
			}
			@Override
			public Adapter caseIntervention(Intervention object) {
				return createInterventionAdapter();
			}
			@Override
			public Adapter caseConventionalFatGrafting(ConventionalFatGrafting object) {
				return createConventionalFatGraftingAdapter();
			}
			@Override
			public Adapter caseSvfAssistedFatGrafting(SvfAssistedFatGrafting object) {
				return createSvfAssistedFatGraftingAdapter();
			}
			@Override
			public Adapter caseAdscAssistedFatGrafting(AdscAssistedFatGrafting object) {
				return createAdscAssistedFatGraftingAdapter();
			}
			@Override
			public Adapter caseEcmSvfGelHairTransplantation(EcmSvfGelHairTransplantation object) {
				return createEcmSvfGelHairTransplantationAdapter();
			}
			@Override
			public Adapter caseTraditionalHairTransplantation(TraditionalHairTransplantation object) {
				return createTraditionalHairTransplantationAdapter();
			}
			@Override
			public Adapter caseSvfFingerInjection(SvfFingerInjection object) {
				return createSvfFingerInjectionAdapter();
			}
			@Override
			public Adapter caseFatMicrograftsWithSvf(FatMicrograftsWithSvf object) {
				return createFatMicrograftsWithSvfAdapter();
			}
			@Override
			public Adapter caseStandardCare(StandardCare object) {
				return createStandardCareAdapter();
			}
			@Override
			public Adapter caseInjectionSite(InjectionSite object) {
				return createInjectionSiteAdapter();
			}
			@Override
			public Adapter caseVisitDefinition(VisitDefinition object) {
				return createVisitDefinitionAdapter();
			}
			@Override
			public Adapter caseOutcomeMeasure(OutcomeMeasure object) {
				return createOutcomeMeasureAdapter();
			}
			@Override
			public Adapter caseEligibilityCriterion(EligibilityCriterion object) {
				return createEligibilityCriterionAdapter();
			}
			@Override
			public Adapter caseNumericRangeCriterion(NumericRangeCriterion object) {
				return createNumericRangeCriterionAdapter();
			}
			@Override
			public Adapter caseDiagnosisCriterion(DiagnosisCriterion object) {
				return createDiagnosisCriterionAdapter();
			}
			@Override
			public Adapter caseFlagCriterion(FlagCriterion object) {
				return createFlagCriterionAdapter();
			}
			@Override
			public Adapter caseSubject(Subject object) {
				return createSubjectAdapter();
			}
			@Override
			public Adapter caseFlagValue(FlagValue object) {
				return createFlagValueAdapter();
			}
			@Override
			public Adapter caseNumericValue(NumericValue object) {
				return createNumericValueAdapter();
			}
			@Override
			public Adapter caseConsent(Consent object) {
				return createConsentAdapter();
			}
			@Override
			public Adapter caseSubjectEvent(SubjectEvent object) {
				return createSubjectEventAdapter();
			}
			@Override
			public Adapter caseEligibilityOverride(EligibilityOverride object) {
				return createEligibilityOverrideAdapter();
			}
			@Override
			public Adapter caseProcedure(Procedure object) {
				return createProcedureAdapter();
			}
			@Override
			public Adapter caseDoseCalculation(DoseCalculation object) {
				return createDoseCalculationAdapter();
			}
			@Override
			public Adapter caseCellProduct(CellProduct object) {
				return createCellProductAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object) {
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseItemValue(ItemValue object) {
				return createItemValueAdapter();
			}
			@Override
			public Adapter caseScoreValue(ScoreValue object) {
				return createScoreValueAdapter();
			}
			@Override
			public Adapter caseAdverseEvent(AdverseEvent object) {
				return createAdverseEventAdapter();
			}
			@Override
			public Adapter caseProtocolDeviation(ProtocolDeviation object) {
				return createProtocolDeviationAdapter();
			}
			@Override
			public Adapter caseImageReference(ImageReference object) {
				return createImageReferenceAdapter();
			}
			@Override
			public Adapter caseVolumeMeasurement(VolumeMeasurement object) {
				return createVolumeMeasurementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Registration <em>Registration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Registration
	 * @generated
	 */
	public Adapter createRegistrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Site
	 * @generated
	 */
	public Adapter createSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Arm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Arm
	 * @generated
	 */
	public Adapter createArmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Intervention
	 * @generated
	 */
	public Adapter createInterventionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.ConventionalFatGrafting <em>Conventional Fat Grafting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.ConventionalFatGrafting
	 * @generated
	 */
	public Adapter createConventionalFatGraftingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.SvfAssistedFatGrafting <em>Svf Assisted Fat Grafting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.SvfAssistedFatGrafting
	 * @generated
	 */
	public Adapter createSvfAssistedFatGraftingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.AdscAssistedFatGrafting <em>Adsc Assisted Fat Grafting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.AdscAssistedFatGrafting
	 * @generated
	 */
	public Adapter createAdscAssistedFatGraftingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.EcmSvfGelHairTransplantation <em>Ecm Svf Gel Hair Transplantation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.EcmSvfGelHairTransplantation
	 * @generated
	 */
	public Adapter createEcmSvfGelHairTransplantationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.TraditionalHairTransplantation <em>Traditional Hair Transplantation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.TraditionalHairTransplantation
	 * @generated
	 */
	public Adapter createTraditionalHairTransplantationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.SvfFingerInjection <em>Svf Finger Injection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.SvfFingerInjection
	 * @generated
	 */
	public Adapter createSvfFingerInjectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.FatMicrograftsWithSvf <em>Fat Micrografts With Svf</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.FatMicrograftsWithSvf
	 * @generated
	 */
	public Adapter createFatMicrograftsWithSvfAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.StandardCare <em>Standard Care</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.StandardCare
	 * @generated
	 */
	public Adapter createStandardCareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.InjectionSite <em>Injection Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.InjectionSite
	 * @generated
	 */
	public Adapter createInjectionSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.VisitDefinition <em>Visit Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.VisitDefinition
	 * @generated
	 */
	public Adapter createVisitDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.OutcomeMeasure <em>Outcome Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.OutcomeMeasure
	 * @generated
	 */
	public Adapter createOutcomeMeasureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.EligibilityCriterion <em>Eligibility Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.EligibilityCriterion
	 * @generated
	 */
	public Adapter createEligibilityCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.NumericRangeCriterion <em>Numeric Range Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.NumericRangeCriterion
	 * @generated
	 */
	public Adapter createNumericRangeCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.DiagnosisCriterion <em>Diagnosis Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.DiagnosisCriterion
	 * @generated
	 */
	public Adapter createDiagnosisCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.FlagCriterion <em>Flag Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.FlagCriterion
	 * @generated
	 */
	public Adapter createFlagCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Subject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Subject
	 * @generated
	 */
	public Adapter createSubjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.FlagValue <em>Flag Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.FlagValue
	 * @generated
	 */
	public Adapter createFlagValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.NumericValue <em>Numeric Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.NumericValue
	 * @generated
	 */
	public Adapter createNumericValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Consent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Consent
	 * @generated
	 */
	public Adapter createConsentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.SubjectEvent <em>Subject Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.SubjectEvent
	 * @generated
	 */
	public Adapter createSubjectEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.EligibilityOverride <em>Eligibility Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.EligibilityOverride
	 * @generated
	 */
	public Adapter createEligibilityOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Procedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Procedure
	 * @generated
	 */
	public Adapter createProcedureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.DoseCalculation <em>Dose Calculation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.DoseCalculation
	 * @generated
	 */
	public Adapter createDoseCalculationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.CellProduct <em>Cell Product</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.CellProduct
	 * @generated
	 */
	public Adapter createCellProductAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.ItemValue <em>Item Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.ItemValue
	 * @generated
	 */
	public Adapter createItemValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.ScoreValue <em>Score Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.ScoreValue
	 * @generated
	 */
	public Adapter createScoreValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.AdverseEvent <em>Adverse Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.AdverseEvent
	 * @generated
	 */
	public Adapter createAdverseEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.ProtocolDeviation <em>Protocol Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.ProtocolDeviation
	 * @generated
	 */
	public Adapter createProtocolDeviationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.ImageReference <em>Image Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.ImageReference
	 * @generated
	 */
	public Adapter createImageReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.stroma.model.study.VolumeMeasurement <em>Volume Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.stroma.model.study.VolumeMeasurement
	 * @generated
	 */
	public Adapter createVolumeMeasurementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //StudyAdapterFactory
