/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flag Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A yes/no fact about the subject must have the expected value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.FlagCriterion#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.stroma.model.study.FlagCriterion#isExpectedValue <em>Expected Value</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getFlagCriterion()
 * @model
 * @generated
 */
public interface FlagCriterion extends EligibilityCriterion {
	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A boolean feature of Subject (diseaseActive), consentSigned (derived from the consents) or the name of one of the subject's flags (fitForSurgery, sufficientDonorHair).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.stroma.model.study.StudyPackage#getFlagCriterion_Attribute()
	 * @model required="true"
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.FlagCriterion#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Expected Value</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Value</em>' attribute.
	 * @see #setExpectedValue(boolean)
	 * @see org.stroma.model.study.StudyPackage#getFlagCriterion_ExpectedValue()
	 * @model default="true"
	 * @generated
	 */
	boolean isExpectedValue();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.FlagCriterion#isExpectedValue <em>Expected Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Value</em>' attribute.
	 * @see #isExpectedValue()
	 * @generated
	 */
	void setExpectedValue(boolean value);

} // FlagCriterion
