/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Svf Assisted Fat Grafting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fat grafting with stromal vascular fraction mixed into the fat at a volume ratio SVF:fat.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.SvfAssistedFatGrafting#getSvfRatioPart <em>Svf Ratio Part</em>}</li>
 *   <li>{@link org.stroma.model.study.SvfAssistedFatGrafting#getFatRatioPart <em>Fat Ratio Part</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getSvfAssistedFatGrafting()
 * @model
 * @generated
 */
public interface SvfAssistedFatGrafting extends Intervention {
	/**
	 * Returns the value of the '<em><b>Svf Ratio Part</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SVF side of the SVF:fat volume ratio (1 in 1:1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Svf Ratio Part</em>' attribute.
	 * @see #setSvfRatioPart(double)
	 * @see org.stroma.model.study.StudyPackage#getSvfAssistedFatGrafting_SvfRatioPart()
	 * @model default="1.0"
	 * @generated
	 */
	double getSvfRatioPart();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SvfAssistedFatGrafting#getSvfRatioPart <em>Svf Ratio Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Svf Ratio Part</em>' attribute.
	 * @see #getSvfRatioPart()
	 * @generated
	 */
	void setSvfRatioPart(double value);

	/**
	 * Returns the value of the '<em><b>Fat Ratio Part</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fat side of the SVF:fat volume ratio (1 in 1:1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fat Ratio Part</em>' attribute.
	 * @see #setFatRatioPart(double)
	 * @see org.stroma.model.study.StudyPackage#getSvfAssistedFatGrafting_FatRatioPart()
	 * @model default="1.0"
	 * @generated
	 */
	double getFatRatioPart();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SvfAssistedFatGrafting#getFatRatioPart <em>Fat Ratio Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fat Ratio Part</em>' attribute.
	 * @see #getFatRatioPart()
	 * @generated
	 */
	void setFatRatioPart(double value);

} // SvfAssistedFatGrafting
