/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A registered outcome: which score of which instrument, at which visit, analysed how.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getCode <em>Code</em>}</li>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getTitle <em>Title</em>}</li>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getScoreCode <em>Score Code</em>}</li>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getTimePoint <em>Time Point</em>}</li>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getAnalysisId <em>Analysis Id</em>}</li>
 *   <li>{@link org.stroma.model.study.OutcomeMeasure#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure()
 * @model
 * @generated
 */
public interface OutcomeMeasure extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.OutcomeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stroma.model.study.OutcomeKind
	 * @see #setKind(OutcomeKind)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_Kind()
	 * @model
	 * @generated
	 */
	OutcomeKind getKind();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stroma.model.study.OutcomeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OutcomeKind value);

	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_InstrumentId()
	 * @model
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Score Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score Code</em>' attribute.
	 * @see #setScoreCode(String)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_ScoreCode()
	 * @model
	 * @generated
	 */
	String getScoreCode();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getScoreCode <em>Score Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score Code</em>' attribute.
	 * @see #getScoreCode()
	 * @generated
	 */
	void setScoreCode(String value);

	/**
	 * Returns the value of the '<em><b>Time Point</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Point</em>' reference.
	 * @see #setTimePoint(VisitDefinition)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_TimePoint()
	 * @model
	 * @generated
	 */
	VisitDefinition getTimePoint();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getTimePoint <em>Time Point</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Point</em>' reference.
	 * @see #getTimePoint()
	 * @generated
	 */
	void setTimePoint(VisitDefinition value);

	/**
	 * Returns the value of the '<em><b>Analysis Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the analysis that compares the arms on this outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis Id</em>' attribute.
	 * @see #setAnalysisId(String)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_AnalysisId()
	 * @model
	 * @generated
	 */
	String getAnalysisId();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getAnalysisId <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis Id</em>' attribute.
	 * @see #getAnalysisId()
	 * @generated
	 */
	void setAnalysisId(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stroma.model.study.StudyPackage#getOutcomeMeasure_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.OutcomeMeasure#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // OutcomeMeasure
