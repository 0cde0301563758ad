/**
 */
package org.stroma.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visit Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planned visit of the schedule and the instruments collected at it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.VisitDefinition#getCode <em>Code</em>}</li>
 *   <li>{@link org.stroma.model.study.VisitDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.stroma.model.study.VisitDefinition#getTargetDay <em>Target Day</em>}</li>
 *   <li>{@link org.stroma.model.study.VisitDefinition#getWindowBeforeDays <em>Window Before Days</em>}</li>
 *   <li>{@link org.stroma.model.study.VisitDefinition#getWindowAfterDays <em>Window After Days</em>}</li>
 *   <li>{@link org.stroma.model.study.VisitDefinition#getInstrumentIds <em>Instrument Ids</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getVisitDefinition()
 * @model
 * @generated
 */
public interface VisitDefinition extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.stroma.model.study.StudyPackage#getVisitDefinition_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VisitDefinition#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.stroma.model.study.StudyPackage#getVisitDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VisitDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Target Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Day relative to baseline (day 0); e.g. 84 for 12 weeks, 182 for 6 months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Day</em>' attribute.
	 * @see #setTargetDay(int)
	 * @see org.stroma.model.study.StudyPackage#getVisitDefinition_TargetDay()
	 * @model
	 * @generated
	 */
	int getTargetDay();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VisitDefinition#getTargetDay <em>Target Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Day</em>' attribute.
	 * @see #getTargetDay()
	 * @generated
	 */
	void setTargetDay(int value);

	/**
	 * Returns the value of the '<em><b>Window Before Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window Before Days</em>' attribute.
	 * @see #setWindowBeforeDays(int)
	 * @see org.stroma.model.study.StudyPackage#getVisitDefinition_WindowBeforeDays()
	 * @model
	 * @generated
	 */
	int getWindowBeforeDays();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VisitDefinition#getWindowBeforeDays <em>Window Before Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Before Days</em>' attribute.
	 * @see #getWindowBeforeDays()
	 * @generated
	 */
	void setWindowBeforeDays(int value);

	/**
	 * Returns the value of the '<em><b>Window After Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window After Days</em>' attribute.
	 * @see #setWindowAfterDays(int)
	 * @see org.stroma.model.study.StudyPackage#getVisitDefinition_WindowAfterDays()
	 * @model
	 * @generated
	 */
	int getWindowAfterDays();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VisitDefinition#getWindowAfterDays <em>Window After Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window After Days</em>' attribute.
	 * @see #getWindowAfterDays()
	 * @generated
	 */
	void setWindowAfterDays(int value);

	/**
	 * Returns the value of the '<em><b>Instrument Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the instruments collected at this visit; instruments contributed by plugins need no model change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument Ids</em>' attribute list.
	 * @see org.stroma.model.study.StudyPackage#getVisitDefinition_InstrumentIds()
	 * @model
	 * @generated
	 */
	EList<String> getInstrumentIds();

} // VisitDefinition
