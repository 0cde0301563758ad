/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Traditional Hair Transplantation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hair transplantation without adipose products.
 * <!-- end-model-doc -->
 *
 *
 * @see org.stroma.model.study.StudyPackage#getTraditionalHairTransplantation()
 * @model
 * @generated
 */
public interface TraditionalHairTransplantation extends Intervention {
} // TraditionalHairTransplantation
