/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conventional Fat Grafting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Autologous fat grafting without added cells.
 * <!-- end-model-doc -->
 *
 *
 * @see org.stroma.model.study.StudyPackage#getConventionalFatGrafting()
 * @model
 * @generated
 */
public interface ConventionalFatGrafting extends Intervention {
} // ConventionalFatGrafting
