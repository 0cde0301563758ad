/**
 */
package org.stroma.model.study;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An image file kept beside the study data, identified by its path and checksum.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.ImageReference#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stroma.model.study.ImageReference#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.stroma.model.study.ImageReference#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.ImageReference#getRelativePath <em>Relative Path</em>}</li>
 *   <li>{@link org.stroma.model.study.ImageReference#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.stroma.model.study.ImageReference#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.ImageReference#getView <em>View</em>}</li>
 *   <li>{@link org.stroma.model.study.ImageReference#getSeriesUid <em>Series Uid</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getImageReference()
 * @model
 * @generated
 */
public interface ImageReference extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.ImageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.stroma.model.study.ImageKind
	 * @see #setKind(ImageKind)
	 * @see org.stroma.model.study.StudyPackage#getImageReference_Kind()
	 * @model
	 * @generated
	 */
	ImageKind getKind();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.stroma.model.study.ImageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ImageKind value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(VisitDefinition)
	 * @see org.stroma.model.study.StudyPackage#getImageReference_Visit()
	 * @model
	 * @generated
	 */
	VisitDefinition getVisit();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getVisit <em>Visit</em>}' reference.
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
	 * @see org.stroma.model.study.StudyPackage#getImageReference_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Relative Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path relative to the workspace's image folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relative Path</em>' attribute.
	 * @see #setRelativePath(String)
	 * @see org.stroma.model.study.StudyPackage#getImageReference_RelativePath()
	 * @model required="true"
	 * @generated
	 */
	String getRelativePath();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getRelativePath <em>Relative Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relative Path</em>' attribute.
	 * @see #getRelativePath()
	 * @generated
	 */
	void setRelativePath(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hex SHA-256 of the file, to detect changed or swapped images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.stroma.model.study.StudyPackage#getImageReference_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stroma.model.study.StudyPackage#getImageReference_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>View</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard photographic view of a clinical photograph, e.g. FRONTAL, OBLIQUE_LEFT, HAND_DORSAL; empty for MRI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>View</em>' attribute.
	 * @see #setView(String)
	 * @see org.stroma.model.study.StudyPackage#getImageReference_View()
	 * @model
	 * @generated
	 */
	String getView();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getView <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>View</em>' attribute.
	 * @see #getView()
	 * @generated
	 */
	void setView(String value);

	/**
	 * Returns the value of the '<em><b>Series Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM Series Instance UID of an MRI series; the series folder holds its files and a checksum list whose SHA-256 is sha256.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Series Uid</em>' attribute.
	 * @see #setSeriesUid(String)
	 * @see org.stroma.model.study.StudyPackage#getImageReference_SeriesUid()
	 * @model
	 * @generated
	 */
	String getSeriesUid();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.ImageReference#getSeriesUid <em>Series Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series Uid</em>' attribute.
	 * @see #getSeriesUid()
	 * @generated
	 */
	void setSeriesUid(String value);

} // ImageReference
