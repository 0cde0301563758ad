/**
 */
package org.stroma.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnosis Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The subject must have the diagnosis, and one of the subtypes if any are listed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.DiagnosisCriterion#getDiagnosis <em>Diagnosis</em>}</li>
 *   <li>{@link org.stroma.model.study.DiagnosisCriterion#getAllowedSubtypes <em>Allowed Subtypes</em>}</li>
 *   <li>{@link org.stroma.model.study.DiagnosisCriterion#getSupportingInstrumentId <em>Supporting Instrument Id</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getDiagnosisCriterion()
 * @model
 * @generated
 */
public interface DiagnosisCriterion extends EligibilityCriterion {
	/**
	 * Returns the value of the '<em><b>Diagnosis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.Diagnosis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnosis</em>' attribute.
	 * @see org.stroma.model.study.Diagnosis
	 * @see #setDiagnosis(Diagnosis)
	 * @see org.stroma.model.study.StudyPackage#getDiagnosisCriterion_Diagnosis()
	 * @model
	 * @generated
	 */
	Diagnosis getDiagnosis();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DiagnosisCriterion#getDiagnosis <em>Diagnosis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosis</em>' attribute.
	 * @see org.stroma.model.study.Diagnosis
	 * @see #getDiagnosis()
	 * @generated
	 */
	void setDiagnosis(Diagnosis value);

	/**
	 * Returns the value of the '<em><b>Allowed Subtypes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty means any subtype.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed Subtypes</em>' attribute list.
	 * @see org.stroma.model.study.StudyPackage#getDiagnosisCriterion_AllowedSubtypes()
	 * @model
	 * @generated
	 */
	EList<String> getAllowedSubtypes();

	/**
	 * Returns the value of the '<em><b>Supporting Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instrument that may support the diagnosis, e.g. loscat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supporting Instrument Id</em>' attribute.
	 * @see #setSupportingInstrumentId(String)
	 * @see org.stroma.model.study.StudyPackage#getDiagnosisCriterion_SupportingInstrumentId()
	 * @model
	 * @generated
	 */
	String getSupportingInstrumentId();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DiagnosisCriterion#getSupportingInstrumentId <em>Supporting Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supporting Instrument Id</em>' attribute.
	 * @see #getSupportingInstrumentId()
	 * @generated
	 */
	void setSupportingInstrumentId(String value);

} // DiagnosisCriterion
