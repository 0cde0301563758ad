/**
 */
package org.stroma.model.study;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eligibility Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A documented decision to enrol a subject who fails listed criteria.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.EligibilityOverride#getReason <em>Reason</em>}</li>
 *   <li>{@link org.stroma.model.study.EligibilityOverride#getCriterionCodes <em>Criterion Codes</em>}</li>
 *   <li>{@link org.stroma.model.study.EligibilityOverride#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.stroma.model.study.EligibilityOverride#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getEligibilityOverride()
 * @model
 * @generated
 */
public interface EligibilityOverride extends Identified {
	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.stroma.model.study.StudyPackage#getEligibilityOverride_Reason()
	 * @model required="true"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.EligibilityOverride#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Criterion Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the criteria overridden.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criterion Codes</em>' attribute list.
	 * @see org.stroma.model.study.StudyPackage#getEligibilityOverride_CriterionCodes()
	 * @model
	 * @generated
	 */
	EList<String> getCriterionCodes();

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved By</em>' attribute.
	 * @see #setApprovedBy(String)
	 * @see org.stroma.model.study.StudyPackage#getEligibilityOverride_ApprovedBy()
	 * @model
	 * @generated
	 */
	String getApprovedBy();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.EligibilityOverride#getApprovedBy <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' attribute.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getEligibilityOverride_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.EligibilityOverride#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

} // EligibilityOverride
