/**
 */
package org.stroma.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One trial: its design, schedule and eligibility, and the subjects enrolled in it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.Study#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getTitle <em>Title</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getProtocolVersion <em>Protocol Version</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getDesign <em>Design</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getMasking <em>Masking</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getTargetEnrollment <em>Target Enrollment</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getRegistrations <em>Registrations</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getSites <em>Sites</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getArms <em>Arms</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getVisitSchedule <em>Visit Schedule</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getEligibilityCriteria <em>Eligibility Criteria</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getOutcomeMeasures <em>Outcome Measures</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getCellProducts <em>Cell Products</em>}</li>
 *   <li>{@link org.stroma.model.study.Study#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends Identified {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.stroma.model.study.StudyPackage#getStudy_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Study#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.stroma.model.study.StudyPackage#getStudy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Study#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Protocol Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol Version</em>' attribute.
	 * @see #setProtocolVersion(String)
	 * @see org.stroma.model.study.StudyPackage#getStudy_ProtocolVersion()
	 * @model
	 * @generated
	 */
	String getProtocolVersion();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Study#getProtocolVersion <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol Version</em>' attribute.
	 * @see #getProtocolVersion()
	 * @generated
	 */
	void setProtocolVersion(String value);

	/**
	 * Returns the value of the '<em><b>Design</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.StudyDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Design</em>' attribute.
	 * @see org.stroma.model.study.StudyDesign
	 * @see #setDesign(StudyDesign)
	 * @see org.stroma.model.study.StudyPackage#getStudy_Design()
	 * @model
	 * @generated
	 */
	StudyDesign getDesign();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Study#getDesign <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' attribute.
	 * @see org.stroma.model.study.StudyDesign
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(StudyDesign value);

	/**
	 * Returns the value of the '<em><b>Masking</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.Masking}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Masking</em>' attribute.
	 * @see org.stroma.model.study.Masking
	 * @see #setMasking(Masking)
	 * @see org.stroma.model.study.StudyPackage#getStudy_Masking()
	 * @model
	 * @generated
	 */
	Masking getMasking();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Study#getMasking <em>Masking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masking</em>' attribute.
	 * @see org.stroma.model.study.Masking
	 * @see #getMasking()
	 * @generated
	 */
	void setMasking(Masking value);

	/**
	 * Returns the value of the '<em><b>Target Enrollment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned number of participants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Enrollment</em>' attribute.
	 * @see #setTargetEnrollment(int)
	 * @see org.stroma.model.study.StudyPackage#getStudy_TargetEnrollment()
	 * @model
	 * @generated
	 */
	int getTargetEnrollment();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Study#getTargetEnrollment <em>Target Enrollment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Enrollment</em>' attribute.
	 * @see #getTargetEnrollment()
	 * @generated
	 */
	void setTargetEnrollment(int value);

	/**
	 * Returns the value of the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for demonstration data, which reports must label and must never be mixed with real data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synthetic</em>' attribute.
	 * @see #setSynthetic(boolean)
	 * @see org.stroma.model.study.StudyPackage#getStudy_Synthetic()
	 * @model
	 * @generated
	 */
	boolean isSynthetic();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Study#isSynthetic <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synthetic</em>' attribute.
	 * @see #isSynthetic()
	 * @generated
	 */
	void setSynthetic(boolean value);

	/**
	 * Returns the value of the '<em><b>Registrations</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Registration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registrations</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_Registrations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Registration> getRegistrations();

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Arms</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Arm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Single-arm studies have one arm; the allocation ratio is derived from the arms' allocation weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arms</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_Arms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Arm> getArms();

	/**
	 * Returns the value of the '<em><b>Visit Schedule</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.VisitDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit Schedule</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_VisitSchedule()
	 * @model containment="true"
	 * @generated
	 */
	EList<VisitDefinition> getVisitSchedule();

	/**
	 * Returns the value of the '<em><b>Eligibility Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.EligibilityCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eligibility Criteria</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_EligibilityCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<EligibilityCriterion> getEligibilityCriteria();

	/**
	 * Returns the value of the '<em><b>Outcome Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.OutcomeMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Measures</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_OutcomeMeasures()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutcomeMeasure> getOutcomeMeasures();

	/**
	 * Returns the value of the '<em><b>Cell Products</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.CellProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell Products</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_CellProducts()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellProduct> getCellProducts();

	/**
	 * Returns the value of the '<em><b>Subjects</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Subject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subjects</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getStudy_Subjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subject> getSubjects();

} // Study
