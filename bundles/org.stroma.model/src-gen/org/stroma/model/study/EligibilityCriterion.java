/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eligibility Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One inclusion or exclusion criterion; subclasses make it checkable against a subject's screening data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.EligibilityCriterion#getCode <em>Code</em>}</li>
 *   <li>{@link org.stroma.model.study.EligibilityCriterion#getText <em>Text</em>}</li>
 *   <li>{@link org.stroma.model.study.EligibilityCriterion#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getEligibilityCriterion()
 * @model abstract="true"
 * @generated
 */
public interface EligibilityCriterion extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.stroma.model.study.StudyPackage#getEligibilityCriterion_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.EligibilityCriterion#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wording of the protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.stroma.model.study.StudyPackage#getEligibilityCriterion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.EligibilityCriterion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.CriterionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stroma.model.study.CriterionKind
	 * @see #setKind(CriterionKind)
	 * @see org.stroma.model.study.StudyPackage#getEligibilityCriterion_Kind()
	 * @model
	 * @generated
	 */
	CriterionKind getKind();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.EligibilityCriterion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stroma.model.study.CriterionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CriterionKind value);

} // EligibilityCriterion
