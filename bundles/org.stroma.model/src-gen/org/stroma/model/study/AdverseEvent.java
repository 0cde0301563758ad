/**
 */
package org.stroma.model.study;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adverse Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getTerm <em>Term</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getResolutionDate <em>Resolution Date</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#isSerious <em>Serious</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getRelatedness <em>Relatedness</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getActionTaken <em>Action Taken</em>}</li>
 *   <li>{@link org.stroma.model.study.AdverseEvent#getProcedure <em>Procedure</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getAdverseEvent()
 * @model
 * @generated
 */
public interface AdverseEvent extends Identified {
	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see #setTerm(String)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_Term()
	 * @model required="true"
	 * @generated
	 */
	String getTerm();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Onset Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Onset Date</em>' attribute.
	 * @see #setOnsetDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_OnsetDate()
	 * @model
	 * @generated
	 */
	Date getOnsetDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getOnsetDate <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onset Date</em>' attribute.
	 * @see #getOnsetDate()
	 * @generated
	 */
	void setOnsetDate(Date value);

	/**
	 * Returns the value of the '<em><b>Resolution Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution Date</em>' attribute.
	 * @see #setResolutionDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_ResolutionDate()
	 * @model
	 * @generated
	 */
	Date getResolutionDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getResolutionDate <em>Resolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution Date</em>' attribute.
	 * @see #getResolutionDate()
	 * @generated
	 */
	void setResolutionDate(Date value);

	/**
	 * Returns the value of the '<em><b>Serious</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serious</em>' attribute.
	 * @see #setSerious(boolean)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_Serious()
	 * @model
	 * @generated
	 */
	boolean isSerious();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#isSerious <em>Serious</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serious</em>' attribute.
	 * @see #isSerious()
	 * @generated
	 */
	void setSerious(boolean value);

	/**
	 * Returns the value of the '<em><b>Ctcae Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CTCAE grade, 1 mild to 5 death; required, so an ungraded event fails validation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ctcae Grade</em>' attribute.
	 * @see #setCtcaeGrade(int)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_CtcaeGrade()
	 * @model dataType="org.stroma.model.study.CtcaeGrade" required="true"
	 * @generated
	 */
	int getCtcaeGrade();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getCtcaeGrade <em>Ctcae Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ctcae Grade</em>' attribute.
	 * @see #getCtcaeGrade()
	 * @generated
	 */
	void setCtcaeGrade(int value);

	/**
	 * Returns the value of the '<em><b>Relatedness</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.Relatedness}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required and unsettable: an event whose relatedness has not been assessed must not read as NOT_RELATED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relatedness</em>' attribute.
	 * @see org.stroma.model.study.Relatedness
	 * @see #isSetRelatedness()
	 * @see #unsetRelatedness()
	 * @see #setRelatedness(Relatedness)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_Relatedness()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	Relatedness getRelatedness();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getRelatedness <em>Relatedness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relatedness</em>' attribute.
	 * @see org.stroma.model.study.Relatedness
	 * @see #isSetRelatedness()
	 * @see #unsetRelatedness()
	 * @see #getRelatedness()
	 * @generated
	 */
	void setRelatedness(Relatedness value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.AdverseEvent#getRelatedness <em>Relatedness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRelatedness()
	 * @see #getRelatedness()
	 * @see #setRelatedness(Relatedness)
	 * @generated
	 */
	void unsetRelatedness();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.AdverseEvent#getRelatedness <em>Relatedness</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Relatedness</em>' attribute is set.
	 * @see #unsetRelatedness()
	 * @see #getRelatedness()
	 * @see #setRelatedness(Relatedness)
	 * @generated
	 */
	boolean isSetRelatedness();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.AdverseEventOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required and unsettable, like relatedness.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.stroma.model.study.AdverseEventOutcome
	 * @see #isSetOutcome()
	 * @see #unsetOutcome()
	 * @see #setOutcome(AdverseEventOutcome)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_Outcome()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	AdverseEventOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.stroma.model.study.AdverseEventOutcome
	 * @see #isSetOutcome()
	 * @see #unsetOutcome()
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(AdverseEventOutcome value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.AdverseEvent#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOutcome()
	 * @see #getOutcome()
	 * @see #setOutcome(AdverseEventOutcome)
	 * @generated
	 */
	void unsetOutcome();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.AdverseEvent#getOutcome <em>Outcome</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Outcome</em>' attribute is set.
	 * @see #unsetOutcome()
	 * @see #getOutcome()
	 * @see #setOutcome(AdverseEventOutcome)
	 * @generated
	 */
	boolean isSetOutcome();

	/**
	 * Returns the value of the '<em><b>Action Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Taken</em>' attribute.
	 * @see #setActionTaken(String)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_ActionTaken()
	 * @model
	 * @generated
	 */
	String getActionTaken();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getActionTaken <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Taken</em>' attribute.
	 * @see #getActionTaken()
	 * @generated
	 */
	void setActionTaken(String value);

	/**
	 * Returns the value of the '<em><b>Procedure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The procedure the event may relate to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Procedure</em>' reference.
	 * @see #setProcedure(Procedure)
	 * @see org.stroma.model.study.StudyPackage#getAdverseEvent_Procedure()
	 * @model
	 * @generated
	 */
	Procedure getProcedure();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdverseEvent#getProcedure <em>Procedure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure</em>' reference.
	 * @see #getProcedure()
	 * @generated
	 */
	void setProcedure(Procedure value);

} // AdverseEvent
