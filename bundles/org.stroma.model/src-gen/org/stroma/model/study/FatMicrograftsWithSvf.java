/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fat Micrografts With Svf</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fat micrografts mixed with SVF, e.g. about 40 mL of fat with 2 mL of SVF.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.FatMicrograftsWithSvf#getFatVolumeMl <em>Fat Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.FatMicrograftsWithSvf#getSvfVolumeMl <em>Svf Volume Ml</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getFatMicrograftsWithSvf()
 * @model
 * @generated
 */
public interface FatMicrograftsWithSvf extends Intervention {
	/**
	 * Returns the value of the '<em><b>Fat Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fat Volume Ml</em>' attribute.
	 * @see #setFatVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getFatMicrograftsWithSvf_FatVolumeMl()
	 * @model
	 * @generated
	 */
	double getFatVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.FatMicrograftsWithSvf#getFatVolumeMl <em>Fat Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fat Volume Ml</em>' attribute.
	 * @see #getFatVolumeMl()
	 * @generated
	 */
	void setFatVolumeMl(double value);

	/**
	 * Returns the value of the '<em><b>Svf Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Svf Volume Ml</em>' attribute.
	 * @see #setSvfVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getFatMicrograftsWithSvf_SvfVolumeMl()
	 * @model
	 * @generated
	 */
	double getSvfVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.FatMicrograftsWithSvf#getSvfVolumeMl <em>Svf Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Svf Volume Ml</em>' attribute.
	 * @see #getSvfVolumeMl()
	 * @generated
	 */
	void setSvfVolumeMl(double value);

} // FatMicrograftsWithSvf
