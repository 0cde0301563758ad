/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the study in a trial registry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.Registration#getRegistry <em>Registry</em>}</li>
 *   <li>{@link org.stroma.model.study.Registration#getIdentifier <em>Identifier</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getRegistration()
 * @model
 * @generated
 */
public interface Registration extends Identified {
	/**
	 * Returns the value of the '<em><b>Registry</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.Registry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registry</em>' attribute.
	 * @see org.stroma.model.study.Registry
	 * @see #setRegistry(Registry)
	 * @see org.stroma.model.study.StudyPackage#getRegistration_Registry()
	 * @model
	 * @generated
	 */
	Registry getRegistry();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Registration#getRegistry <em>Registry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registry</em>' attribute.
	 * @see org.stroma.model.study.Registry
	 * @see #getRegistry()
	 * @generated
	 */
	void setRegistry(Registry value);

	/**
	 * Returns the value of the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The registry's number, e.g. ChiCTR2000031234 or NCT04000000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifier</em>' attribute.
	 * @see #setIdentifier(String)
	 * @see org.stroma.model.study.StudyPackage#getRegistration_Identifier()
	 * @model required="true"
	 * @generated
	 */
	String getIdentifier();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Registration#getIdentifier <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifier</em>' attribute.
	 * @see #getIdentifier()
	 * @generated
	 */
	void setIdentifier(String value);

} // Registration
