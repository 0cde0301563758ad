/**
 */
package org.stroma.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A treatment group and what its subjects receive.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.Arm#getCode <em>Code</em>}</li>
 *   <li>{@link org.stroma.model.study.Arm#getName <em>Name</em>}</li>
 *   <li>{@link org.stroma.model.study.Arm#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.Arm#getAllocationWeight <em>Allocation Weight</em>}</li>
 *   <li>{@link org.stroma.model.study.Arm#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getArm()
 * @model
 * @generated
 */
public interface Arm extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.stroma.model.study.StudyPackage#getArm_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Arm#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.stroma.model.study.StudyPackage#getArm_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Arm#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stroma.model.study.StudyPackage#getArm_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Arm#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Allocation Weight</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative share of allocations: weights 1,1,1 give 1:1:1, weights 2,1 give 2:1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allocation Weight</em>' attribute.
	 * @see #setAllocationWeight(int)
	 * @see org.stroma.model.study.StudyPackage#getArm_AllocationWeight()
	 * @model default="1"
	 * @generated
	 */
	int getAllocationWeight();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Arm#getAllocationWeight <em>Allocation Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allocation Weight</em>' attribute.
	 * @see #getAllocationWeight()
	 * @generated
	 */
	void setAllocationWeight(int value);

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Everything the arm receives, e.g. fat micrografts with SVF plus standard care.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getArm_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

} // Arm
