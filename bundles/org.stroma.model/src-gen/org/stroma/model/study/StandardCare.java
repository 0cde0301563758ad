/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard Care</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Usual care, given alone or alongside a cell therapy; what it comprises is in the description.
 * <!-- end-model-doc -->
 *
 *
 * @see org.stroma.model.study.StudyPackage#getStandardCare()
 * @model
 * @generated
 */
public interface StandardCare extends Intervention {
} // StandardCare
