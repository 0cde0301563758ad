/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ecm Svf Gel Hair Transplantation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hair transplantation assisted by ECM/SVF-gel, a mechanically processed adipose matrix.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.EcmSvfGelHairTransplantation#getGelVolumeMl <em>Gel Volume Ml</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getEcmSvfGelHairTransplantation()
 * @model
 * @generated
 */
public interface EcmSvfGelHairTransplantation extends Intervention {
	/**
	 * Returns the value of the '<em><b>Gel Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gel Volume Ml</em>' attribute.
	 * @see #isSetGelVolumeMl()
	 * @see #unsetGelVolumeMl()
	 * @see #setGelVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getEcmSvfGelHairTransplantation_GelVolumeMl()
	 * @model unsettable="true"
	 * @generated
	 */
	double getGelVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.EcmSvfGelHairTransplantation#getGelVolumeMl <em>Gel Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gel Volume Ml</em>' attribute.
	 * @see #isSetGelVolumeMl()
	 * @see #unsetGelVolumeMl()
	 * @see #getGelVolumeMl()
	 * @generated
	 */
	void setGelVolumeMl(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.EcmSvfGelHairTransplantation#getGelVolumeMl <em>Gel Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGelVolumeMl()
	 * @see #getGelVolumeMl()
	 * @see #setGelVolumeMl(double)
	 * @generated
	 */
	void unsetGelVolumeMl();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.EcmSvfGelHairTransplantation#getGelVolumeMl <em>Gel Volume Ml</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Gel Volume Ml</em>' attribute is set.
	 * @see #unsetGelVolumeMl()
	 * @see #getGelVolumeMl()
	 * @see #setGelVolumeMl(double)
	 * @generated
	 */
	boolean isSetGelVolumeMl();

} // EcmSvfGelHairTransplantation
