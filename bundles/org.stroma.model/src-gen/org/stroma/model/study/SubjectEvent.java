/**
 */
package org.stroma.model.study;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of the subject's CONSORT path.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.SubjectEvent#getState <em>State</em>}</li>
 *   <li>{@link org.stroma.model.study.SubjectEvent#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.SubjectEvent#getReason <em>Reason</em>}</li>
 *   <li>{@link org.stroma.model.study.SubjectEvent#getVisit <em>Visit</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getSubjectEvent()
 * @model
 * @generated
 */
public interface SubjectEvent extends Identified {
	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.SubjectState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.stroma.model.study.SubjectState
	 * @see #setState(SubjectState)
	 * @see org.stroma.model.study.StudyPackage#getSubjectEvent_State()
	 * @model
	 * @generated
	 */
	SubjectState getState();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SubjectEvent#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.stroma.model.study.SubjectState
	 * @see #getState()
	 * @generated
	 */
	void setState(SubjectState value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getSubjectEvent_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SubjectEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why, for exclusions, withdrawals and losses to follow-up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.stroma.model.study.StudyPackage#getSubjectEvent_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SubjectEvent#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(VisitDefinition)
	 * @see org.stroma.model.study.StudyPackage#getSubjectEvent_Visit()
	 * @model
	 * @generated
	 */
	VisitDefinition getVisit();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SubjectEvent#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(VisitDefinition value);

} // SubjectEvent
