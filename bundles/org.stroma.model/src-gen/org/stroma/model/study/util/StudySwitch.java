/**
 */
package org.stroma.model.study.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.stroma.model.study.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage
 * @generated
 */
public class StudySwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static StudyPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudySwitch() {
		if (modelPackage == null) {
			modelPackage = StudyPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case StudyPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.STUDY: {
				Study study = (Study)theEObject;
				T result = caseStudy(study);
				if (result == null) result = caseIdentified(study);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.REGISTRATION: {
				Registration registration = (Registration)theEObject;
				T result = caseRegistration(registration);
				if (result == null) result = caseIdentified(registration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.SITE: {
				Site site = (Site)theEObject;
				T result = caseSite(site);
				if (result == null) result = caseIdentified(site);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ARM: {
				Arm arm = (Arm)theEObject;
				T result = caseArm(arm);
				if (result == null) result = caseIdentified(arm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.INTERVENTION: {
				Intervention intervention = (Intervention)theEObject;
				T result = caseIntervention(intervention);
				if (result == null) result = caseIdentified(intervention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.CONVENTIONAL_FAT_GRAFTING: {
				ConventionalFatGrafting conventionalFatGrafting = (ConventionalFatGrafting)theEObject;
				T result = caseConventionalFatGrafting(conventionalFatGrafting);
				if (result == null) result = caseIntervention(conventionalFatGrafting);
				if (result == null) result = caseIdentified(conventionalFatGrafting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING: {
				SvfAssistedFatGrafting svfAssistedFatGrafting = (SvfAssistedFatGrafting)theEObject;
				T result = caseSvfAssistedFatGrafting(svfAssistedFatGrafting);
				if (result == null) result = caseIntervention(svfAssistedFatGrafting);
				if (result == null) result = caseIdentified(svfAssistedFatGrafting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ADSC_ASSISTED_FAT_GRAFTING: {
				AdscAssistedFatGrafting adscAssistedFatGrafting = (AdscAssistedFatGrafting)theEObject;
				T result = caseAdscAssistedFatGrafting(adscAssistedFatGrafting);
				if (result == null) result = caseIntervention(adscAssistedFatGrafting);
				if (result == null) result = caseIdentified(adscAssistedFatGrafting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION: {
				EcmSvfGelHairTransplantation ecmSvfGelHairTransplantation = (EcmSvfGelHairTransplantation)theEObject;
				T result = caseEcmSvfGelHairTransplantation(ecmSvfGelHairTransplantation);
				if (result == null) result = caseIntervention(ecmSvfGelHairTransplantation);
				if (result == null) result = caseIdentified(ecmSvfGelHairTransplantation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.TRADITIONAL_HAIR_TRANSPLANTATION: {
				TraditionalHairTransplantation traditionalHairTransplantation = (TraditionalHairTransplantation)theEObject;
				T result = caseTraditionalHairTransplantation(traditionalHairTransplantation);
				if (result == null) result = caseIntervention(traditionalHairTransplantation);
				if (result == null) result = caseIdentified(traditionalHairTransplantation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.SVF_FINGER_INJECTION: {
				SvfFingerInjection svfFingerInjection = (SvfFingerInjection)theEObject;
				T result = caseSvfFingerInjection(svfFingerInjection);
				if (result == null) result = caseIntervention(svfFingerInjection);
				if (result == null) result = caseIdentified(svfFingerInjection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF: {
				FatMicrograftsWithSvf fatMicrograftsWithSvf = (FatMicrograftsWithSvf)theEObject;
				T result = caseFatMicrograftsWithSvf(fatMicrograftsWithSvf);
				if (result == null) result = caseIntervention(fatMicrograftsWithSvf);
				if (result == null) result = caseIdentified(fatMicrograftsWithSvf);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.STANDARD_CARE: {
				StandardCare standardCare = (StandardCare)theEObject;
				T result = caseStandardCare(standardCare);
				if (result == null) result = caseIntervention(standardCare);
				if (result == null) result = caseIdentified(standardCare);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.INJECTION_SITE: {
				InjectionSite injectionSite = (InjectionSite)theEObject;
				T result = caseInjectionSite(injectionSite);
				if (result == null) result = caseIdentified(injectionSite);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.VISIT_DEFINITION: {
				VisitDefinition visitDefinition = (VisitDefinition)theEObject;
				T result = caseVisitDefinition(visitDefinition);
				if (result == null) result = caseIdentified(visitDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.OUTCOME_MEASURE: {
				OutcomeMeasure outcomeMeasure = (OutcomeMeasure)theEObject;
				T result = caseOutcomeMeasure(outcomeMeasure);
				if (result == null) result = caseIdentified(outcomeMeasure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ELIGIBILITY_CRITERION: {
				EligibilityCriterion eligibilityCriterion = (EligibilityCriterion)theEObject;
				T result = caseEligibilityCriterion(eligibilityCriterion);
				if (result == null) result = caseIdentified(eligibilityCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.NUMERIC_RANGE_CRITERION: {
				NumericRangeCriterion numericRangeCriterion = (NumericRangeCriterion)theEObject;
				T result = caseNumericRangeCriterion(numericRangeCriterion);
				if (result == null) result = caseEligibilityCriterion(numericRangeCriterion);
				if (result == null) result = caseIdentified(numericRangeCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.DIAGNOSIS_CRITERION: {
				DiagnosisCriterion diagnosisCriterion = (DiagnosisCriterion)theEObject;
				T result = caseDiagnosisCriterion(diagnosisCriterion);
				if (result == null) result = caseEligibilityCriterion(diagnosisCriterion);
				if (result == null) result = caseIdentified(diagnosisCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.FLAG_CRITERION: {
				FlagCriterion flagCriterion = (FlagCriterion)theEObject;
				T result = caseFlagCriterion(flagCriterion);
				if (result == null) result = caseEligibilityCriterion(flagCriterion);
				if (result == null) result = caseIdentified(flagCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.SUBJECT: {
				Subject subject = (Subject)theEObject;
				T result = caseSubject(subject);
				if (result == null) result = caseIdentified(subject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.FLAG_VALUE: {
				FlagValue flagValue = (FlagValue)theEObject;
				T result = caseFlagValue(flagValue);
				if (result == null) result = caseIdentified(flagValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.NUMERIC_VALUE: {
				NumericValue numericValue = (NumericValue)theEObject;
				T result = caseNumericValue(numericValue);
				if (result == null) result = caseIdentified(numericValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.CONSENT: {
				Consent consent = (Consent)theEObject;
				T result = caseConsent(consent);
				if (result == null) result = caseIdentified(consent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.SUBJECT_EVENT: {
				SubjectEvent subjectEvent = (SubjectEvent)theEObject;
				T result = caseSubjectEvent(subjectEvent);
				if (result == null) result = caseIdentified(subjectEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ELIGIBILITY_OVERRIDE: {
				EligibilityOverride eligibilityOverride = (EligibilityOverride)theEObject;
				T result = caseEligibilityOverride(eligibilityOverride);
				if (result == null) result = caseIdentified(eligibilityOverride);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.PROCEDURE: {
				Procedure procedure = (Procedure)theEObject;
				T result = caseProcedure(procedure);
				if (result == null) result = caseIdentified(procedure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.DOSE_CALCULATION: {
				DoseCalculation doseCalculation = (DoseCalculation)theEObject;
				T result = caseDoseCalculation(doseCalculation);
				if (result == null) result = caseIdentified(doseCalculation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.CELL_PRODUCT: {
				CellProduct cellProduct = (CellProduct)theEObject;
				T result = caseCellProduct(cellProduct);
				if (result == null) result = caseIdentified(cellProduct);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ASSESSMENT: {
				Assessment assessment = (Assessment)theEObject;
				T result = caseAssessment(assessment);
				if (result == null) result = caseIdentified(assessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ITEM_VALUE: {
				ItemValue itemValue = (ItemValue)theEObject;
				T result = caseItemValue(itemValue);
				if (result == null) result = caseIdentified(itemValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.SCORE_VALUE: {
				ScoreValue scoreValue = (ScoreValue)theEObject;
				T result = caseScoreValue(scoreValue);
				if (result == null) result = caseIdentified(scoreValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.ADVERSE_EVENT: {
				AdverseEvent adverseEvent = (AdverseEvent)theEObject;
				T result = caseAdverseEvent(adverseEvent);
				if (result == null) result = caseIdentified(adverseEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.PROTOCOL_DEVIATION: {
				ProtocolDeviation protocolDeviation = (ProtocolDeviation)theEObject;
				T result = caseProtocolDeviation(protocolDeviation);
				if (result == null) result = caseIdentified(protocolDeviation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.IMAGE_REFERENCE: {
				ImageReference imageReference = (ImageReference)theEObject;
				T result = caseImageReference(imageReference);
				if (result == null) result = caseIdentified(imageReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case StudyPackage.VOLUME_MEASUREMENT: {
				VolumeMeasurement volumeMeasurement = (VolumeMeasurement)theEObject;
				T result = caseVolumeMeasurement(volumeMeasurement);
				if (result == null) result = caseIdentified(volumeMeasurement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudy(Study object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Registration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Registration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegistration(Registration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSite(Site object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Arm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Arm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArm(Arm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntervention(Intervention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conventional Fat Grafting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conventional Fat Grafting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConventionalFatGrafting(ConventionalFatGrafting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Svf Assisted Fat Grafting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Svf Assisted Fat Grafting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSvfAssistedFatGrafting(SvfAssistedFatGrafting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Adsc Assisted Fat Grafting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Adsc Assisted Fat Grafting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdscAssistedFatGrafting(AdscAssistedFatGrafting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ecm Svf Gel Hair Transplantation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ecm Svf Gel Hair Transplantation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEcmSvfGelHairTransplantation(EcmSvfGelHairTransplantation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Traditional Hair Transplantation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Traditional Hair Transplantation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTraditionalHairTransplantation(TraditionalHairTransplantation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Svf Finger Injection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Svf Finger Injection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSvfFingerInjection(SvfFingerInjection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fat Micrografts With Svf</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fat Micrografts With Svf</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFatMicrograftsWithSvf(FatMicrograftsWithSvf object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standard Care</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standard Care</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardCare(StandardCare object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Injection Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Injection Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInjectionSite(InjectionSite object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Visit Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Visit Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVisitDefinition(VisitDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outcome Measure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outcome Measure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutcomeMeasure(OutcomeMeasure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Eligibility Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Eligibility Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEligibilityCriterion(EligibilityCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Numeric Range Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Numeric Range Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNumericRangeCriterion(NumericRangeCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagnosis Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagnosis Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagnosisCriterion(DiagnosisCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flag Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flag Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlagCriterion(FlagCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubject(Subject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flag Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flag Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlagValue(FlagValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Numeric Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Numeric Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNumericValue(NumericValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsent(Consent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subject Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subject Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubjectEvent(SubjectEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Eligibility Override</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Eligibility Override</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEligibilityOverride(EligibilityOverride object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Procedure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProcedure(Procedure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dose Calculation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dose Calculation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDoseCalculation(DoseCalculation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cell Product</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cell Product</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCellProduct(CellProduct object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessment(Assessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Item Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Item Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseItemValue(ItemValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Score Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Score Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScoreValue(ScoreValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Adverse Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Adverse Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdverseEvent(AdverseEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Protocol Deviation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Protocol Deviation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProtocolDeviation(ProtocolDeviation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Image Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Image Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImageReference(ImageReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Volume Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Volume Measurement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVolumeMeasurement(VolumeMeasurement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //StudySwitch
