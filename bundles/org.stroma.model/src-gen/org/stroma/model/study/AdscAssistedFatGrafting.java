/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adsc Assisted Fat Grafting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fat grafting with culture-expanded adipose-derived stem cells added at a cell dose per mL of fat.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.AdscAssistedFatGrafting#getCellsPerMlFat <em>Cells Per Ml Fat</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getAdscAssistedFatGrafting()
 * @model
 * @generated
 */
public interface AdscAssistedFatGrafting extends Intervention {
	/**
	 * Returns the value of the '<em><b>Cells Per Ml Fat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target ADSC dose, e.g. 5.0E5 cells per mL of fat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cells Per Ml Fat</em>' attribute.
	 * @see #setCellsPerMlFat(double)
	 * @see org.stroma.model.study.StudyPackage#getAdscAssistedFatGrafting_CellsPerMlFat()
	 * @model
	 * @generated
	 */
	double getCellsPerMlFat();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.AdscAssistedFatGrafting#getCellsPerMlFat <em>Cells Per Ml Fat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cells Per Ml Fat</em>' attribute.
	 * @see #getCellsPerMlFat()
	 * @generated
	 */
	void setCellsPerMlFat(double value);

} // AdscAssistedFatGrafting
