/**
 */
package org.stroma.model.study;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Deviation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.ProtocolDeviation#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.ProtocolDeviation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.ProtocolDeviation#getCategory <em>Category</em>}</li>
 *   <li>{@link org.stroma.model.study.ProtocolDeviation#isMajor <em>Major</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getProtocolDeviation()
 * @model
 * @generated
 */
public interface ProtocolDeviation extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getProtocolDeviation_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ProtocolDeviation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stroma.model.study.StudyPackage#getProtocolDeviation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ProtocolDeviation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. visit window, eligibility, consent, procedure, assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.stroma.model.study.StudyPackage#getProtocolDeviation_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ProtocolDeviation#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Major</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Major</em>' attribute.
	 * @see #setMajor(boolean)
	 * @see org.stroma.model.study.StudyPackage#getProtocolDeviation_Major()
	 * @model
	 * @generated
	 */
	boolean isMajor();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ProtocolDeviation#isMajor <em>Major</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Major</em>' attribute.
	 * @see #isMajor()
	 * @generated
	 */
	void setMajor(boolean value);

} // ProtocolDeviation
