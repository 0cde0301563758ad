/**
 */
package org.stroma.model.study;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person screened for the study and everything recorded about them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.Subject#getScreeningId <em>Screening Id</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getSubjectId <em>Subject Id</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getSite <em>Site</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getSex <em>Sex</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getBmi <em>Bmi</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getDiagnosis <em>Diagnosis</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getSubtype <em>Subtype</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getDiseaseDurationMonths <em>Disease Duration Months</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#isDiseaseActive <em>Disease Active</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getInactiveMonths <em>Inactive Months</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getNumericValues <em>Numeric Values</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getConsents <em>Consents</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getEvents <em>Events</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getAllocatedArm <em>Allocated Arm</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getEligibilityOverride <em>Eligibility Override</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getProcedures <em>Procedures</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getAdverseEvents <em>Adverse Events</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getProtocolDeviations <em>Protocol Deviations</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getImages <em>Images</em>}</li>
 *   <li>{@link org.stroma.model.study.Subject#getVolumeMeasurements <em>Volume Measurements</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getSubject()
 * @model
 * @generated
 */
public interface Subject extends Identified {
	/**
	 * Returns the value of the '<em><b>Screening Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screening Id</em>' attribute.
	 * @see #setScreeningId(String)
	 * @see org.stroma.model.study.StudyPackage#getSubject_ScreeningId()
	 * @model required="true"
	 * @generated
	 */
	String getScreeningId();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getScreeningId <em>Screening Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screening Id</em>' attribute.
	 * @see #getScreeningId()
	 * @generated
	 */
	void setScreeningId(String value);

	/**
	 * Returns the value of the '<em><b>Subject Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assigned at enrollment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Id</em>' attribute.
	 * @see #setSubjectId(String)
	 * @see org.stroma.model.study.StudyPackage#getSubject_SubjectId()
	 * @model
	 * @generated
	 */
	String getSubjectId();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getSubjectId <em>Subject Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Id</em>' attribute.
	 * @see #getSubjectId()
	 * @generated
	 */
	void setSubjectId(String value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.stroma.model.study.StudyPackage#getSubject_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.stroma.model.study.Sex
	 * @see #setSex(Sex)
	 * @see org.stroma.model.study.StudyPackage#getSubject_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.stroma.model.study.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Of Birth</em>' attribute.
	 * @see #setDateOfBirth(Date)
	 * @see org.stroma.model.study.StudyPackage#getSubject_DateOfBirth()
	 * @model
	 * @generated
	 */
	Date getDateOfBirth();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getDateOfBirth <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Birth</em>' attribute.
	 * @see #getDateOfBirth()
	 * @generated
	 */
	void setDateOfBirth(Date value);

	/**
	 * Returns the value of the '<em><b>Bmi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Body mass index at screening, kg/m2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bmi</em>' attribute.
	 * @see #isSetBmi()
	 * @see #unsetBmi()
	 * @see #setBmi(double)
	 * @see org.stroma.model.study.StudyPackage#getSubject_Bmi()
	 * @model unsettable="true"
	 * @generated
	 */
	double getBmi();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getBmi <em>Bmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bmi</em>' attribute.
	 * @see #isSetBmi()
	 * @see #unsetBmi()
	 * @see #getBmi()
	 * @generated
	 */
	void setBmi(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.Subject#getBmi <em>Bmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBmi()
	 * @see #getBmi()
	 * @see #setBmi(double)
	 * @generated
	 */
	void unsetBmi();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.Subject#getBmi <em>Bmi</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bmi</em>' attribute is set.
	 * @see #unsetBmi()
	 * @see #getBmi()
	 * @see #setBmi(double)
	 * @generated
	 */
	boolean isSetBmi();

	/**
	 * Returns the value of the '<em><b>Diagnosis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.Diagnosis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unsettable: not yet recorded is not the same as the first literal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagnosis</em>' attribute.
	 * @see org.stroma.model.study.Diagnosis
	 * @see #isSetDiagnosis()
	 * @see #unsetDiagnosis()
	 * @see #setDiagnosis(Diagnosis)
	 * @see org.stroma.model.study.StudyPackage#getSubject_Diagnosis()
	 * @model unsettable="true"
	 * @generated
	 */
	Diagnosis getDiagnosis();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getDiagnosis <em>Diagnosis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosis</em>' attribute.
	 * @see org.stroma.model.study.Diagnosis
	 * @see #isSetDiagnosis()
	 * @see #unsetDiagnosis()
	 * @see #getDiagnosis()
	 * @generated
	 */
	void setDiagnosis(Diagnosis value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.Subject#getDiagnosis <em>Diagnosis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDiagnosis()
	 * @see #getDiagnosis()
	 * @see #setDiagnosis(Diagnosis)
	 * @generated
	 */
	void unsetDiagnosis();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.Subject#getDiagnosis <em>Diagnosis</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Diagnosis</em>' attribute is set.
	 * @see #unsetDiagnosis()
	 * @see #getDiagnosis()
	 * @see #setDiagnosis(Diagnosis)
	 * @generated
	 */
	boolean isSetDiagnosis();

	/**
	 * Returns the value of the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. linear scleroderma en coup de sabre, limited cutaneous SSc.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subtype</em>' attribute.
	 * @see #setSubtype(String)
	 * @see org.stroma.model.study.StudyPackage#getSubject_Subtype()
	 * @model
	 * @generated
	 */
	String getSubtype();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getSubtype <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subtype</em>' attribute.
	 * @see #getSubtype()
	 * @generated
	 */
	void setSubtype(String value);

	/**
	 * Returns the value of the '<em><b>Disease Duration Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disease Duration Months</em>' attribute.
	 * @see #isSetDiseaseDurationMonths()
	 * @see #unsetDiseaseDurationMonths()
	 * @see #setDiseaseDurationMonths(int)
	 * @see org.stroma.model.study.StudyPackage#getSubject_DiseaseDurationMonths()
	 * @model unsettable="true"
	 * @generated
	 */
	int getDiseaseDurationMonths();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getDiseaseDurationMonths <em>Disease Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disease Duration Months</em>' attribute.
	 * @see #isSetDiseaseDurationMonths()
	 * @see #unsetDiseaseDurationMonths()
	 * @see #getDiseaseDurationMonths()
	 * @generated
	 */
	void setDiseaseDurationMonths(int value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.Subject#getDiseaseDurationMonths <em>Disease Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDiseaseDurationMonths()
	 * @see #getDiseaseDurationMonths()
	 * @see #setDiseaseDurationMonths(int)
	 * @generated
	 */
	void unsetDiseaseDurationMonths();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.Subject#getDiseaseDurationMonths <em>Disease Duration Months</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Disease Duration Months</em>' attribute is set.
	 * @see #unsetDiseaseDurationMonths()
	 * @see #getDiseaseDurationMonths()
	 * @see #setDiseaseDurationMonths(int)
	 * @generated
	 */
	boolean isSetDiseaseDurationMonths();

	/**
	 * Returns the value of the '<em><b>Disease Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disease Active</em>' attribute.
	 * @see #setDiseaseActive(boolean)
	 * @see org.stroma.model.study.StudyPackage#getSubject_DiseaseActive()
	 * @model
	 * @generated
	 */
	boolean isDiseaseActive();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#isDiseaseActive <em>Disease Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disease Active</em>' attribute.
	 * @see #isDiseaseActive()
	 * @generated
	 */
	void setDiseaseActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Inactive Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Months since the disease became inactive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inactive Months</em>' attribute.
	 * @see #isSetInactiveMonths()
	 * @see #unsetInactiveMonths()
	 * @see #setInactiveMonths(int)
	 * @see org.stroma.model.study.StudyPackage#getSubject_InactiveMonths()
	 * @model unsettable="true"
	 * @generated
	 */
	int getInactiveMonths();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getInactiveMonths <em>Inactive Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inactive Months</em>' attribute.
	 * @see #isSetInactiveMonths()
	 * @see #unsetInactiveMonths()
	 * @see #getInactiveMonths()
	 * @generated
	 */
	void setInactiveMonths(int value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.Subject#getInactiveMonths <em>Inactive Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInactiveMonths()
	 * @see #getInactiveMonths()
	 * @see #setInactiveMonths(int)
	 * @generated
	 */
	void unsetInactiveMonths();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.Subject#getInactiveMonths <em>Inactive Months</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Inactive Months</em>' attribute is set.
	 * @see #unsetInactiveMonths()
	 * @see #getInactiveMonths()
	 * @see #setInactiveMonths(int)
	 * @generated
	 */
	boolean isSetInactiveMonths();

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.FlagValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named yes/no screening facts checked by FlagCriterion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_Flags()
	 * @model containment="true"
	 * @generated
	 */
	EList<FlagValue> getFlags();

	/**
	 * Returns the value of the '<em><b>Numeric Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.NumericValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named screening numbers checked by NumericRangeCriterion, e.g. alopeciaDurationMonths.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Numeric Values</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_NumericValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<NumericValue> getNumericValues();

	/**
	 * Returns the value of the '<em><b>Consents</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Consent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every consent given, including re-consent to a new protocol version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consents</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_Consents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consent> getConsents();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.SubjectEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subject's CONSORT path in order: screened, enrolled, allocated, treated, followed up, completed, or where and why they left it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubjectEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Allocated Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allocated Arm</em>' reference.
	 * @see #setAllocatedArm(Arm)
	 * @see org.stroma.model.study.StudyPackage#getSubject_AllocatedArm()
	 * @model
	 * @generated
	 */
	Arm getAllocatedArm();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getAllocatedArm <em>Allocated Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocated Arm</em>' reference.
	 * @see #getAllocatedArm()
	 * @generated
	 */
	void setAllocatedArm(Arm value);

	/**
	 * Returns the value of the '<em><b>Eligibility Override</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eligibility Override</em>' containment reference.
	 * @see #setEligibilityOverride(EligibilityOverride)
	 * @see org.stroma.model.study.StudyPackage#getSubject_EligibilityOverride()
	 * @model containment="true"
	 * @generated
	 */
	EligibilityOverride getEligibilityOverride();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Subject#getEligibilityOverride <em>Eligibility Override</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eligibility Override</em>' containment reference.
	 * @see #getEligibilityOverride()
	 * @generated
	 */
	void setEligibilityOverride(EligibilityOverride value);

	/**
	 * Returns the value of the '<em><b>Procedures</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Procedure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedures</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_Procedures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Procedure> getProcedures();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Adverse Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.AdverseEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adverse Events</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_AdverseEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdverseEvent> getAdverseEvents();

	/**
	 * Returns the value of the '<em><b>Protocol Deviations</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.ProtocolDeviation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol Deviations</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_ProtocolDeviations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolDeviation> getProtocolDeviations();

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.ImageReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImageReference> getImages();

	/**
	 * Returns the value of the '<em><b>Volume Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.VolumeMeasurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Measurements</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getSubject_VolumeMeasurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<VolumeMeasurement> getVolumeMeasurements();

} // Subject
