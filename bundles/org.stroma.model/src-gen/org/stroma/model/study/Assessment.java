/**
 */
package org.stroma.model.study;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One administration of an instrument: the item values entered and the scores computed from them by the named instrument version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.Assessment#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#getInstrumentVersion <em>Instrument Version</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#isAssessorBlinded <em>Assessor Blinded</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#getMethod <em>Method</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#getItemValues <em>Item Values</em>}</li>
 *   <li>{@link org.stroma.model.study.Assessment#getScoreValues <em>Score Values</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(VisitDefinition)
	 * @see org.stroma.model.study.StudyPackage#getAssessment_Visit()
	 * @model
	 * @generated
	 */
	VisitDefinition getVisit();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Assessment#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(VisitDefinition value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getAssessment_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Assessment#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see org.stroma.model.study.StudyPackage#getAssessment_InstrumentId()
	 * @model required="true"
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Assessment#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Instrument Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Version</em>' attribute.
	 * @see #setInstrumentVersion(int)
	 * @see org.stroma.model.study.StudyPackage#getAssessment_InstrumentVersion()
	 * @model
	 * @generated
	 */
	int getInstrumentVersion();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Assessment#getInstrumentVersion <em>Instrument Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Version</em>' attribute.
	 * @see #getInstrumentVersion()
	 * @generated
	 */
	void setInstrumentVersion(int value);

	/**
	 * Returns the value of the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessor</em>' attribute.
	 * @see #setAssessor(String)
	 * @see org.stroma.model.study.StudyPackage#getAssessment_Assessor()
	 * @model
	 * @generated
	 */
	String getAssessor();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Assessment#getAssessor <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor</em>' attribute.
	 * @see #getAssessor()
	 * @generated
	 */
	void setAssessor(String value);

	/**
	 * Returns the value of the '<em><b>Assessor Blinded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessor Blinded</em>' attribute.
	 * @see #setAssessorBlinded(boolean)
	 * @see org.stroma.model.study.StudyPackage#getAssessment_AssessorBlinded()
	 * @model
	 * @generated
	 */
	boolean isAssessorBlinded();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Assessment#isAssessorBlinded <em>Assessor Blinded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor Blinded</em>' attribute.
	 * @see #isAssessorBlinded()
	 * @generated
	 */
	void setAssessorBlinded(boolean value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the values were obtained where the instrument records it, e.g. MRI Cavalieri, 3D surface photography.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.stroma.model.study.StudyPackage#getAssessment_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Assessment#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Item Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.ItemValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Values</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getAssessment_ItemValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemValue> getItemValues();

	/**
	 * Returns the value of the '<em><b>Score Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.ScoreValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score Values</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getAssessment_ScoreValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoreValue> getScoreValues();

} // Assessment
