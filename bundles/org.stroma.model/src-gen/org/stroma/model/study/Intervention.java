/**
 */
package org.stroma.model.study;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A treatment given in an arm, with its dose expressed in the intervention's own terms.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.Intervention#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.Intervention#getTargetArea <em>Target Area</em>}</li>
 *   <li>{@link org.stroma.model.study.Intervention#getPlannedInjectionSites <em>Planned Injection Sites</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getIntervention()
 * @model abstract="true"
 * @generated
 */
public interface Intervention extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stroma.model.study.StudyPackage#getIntervention_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Intervention#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Target Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is given, e.g. face, scalp, fingers of both hands, most affected hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Area</em>' attribute.
	 * @see #setTargetArea(String)
	 * @see org.stroma.model.study.StudyPackage#getIntervention_TargetArea()
	 * @model
	 * @generated
	 */
	String getTargetArea();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Intervention#getTargetArea <em>Target Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Area</em>' attribute.
	 * @see #getTargetArea()
	 * @generated
	 */
	void setTargetArea(String value);

	/**
	 * Returns the value of the '<em><b>Planned Injection Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.InjectionSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed volumes per site prescribed by the protocol, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Injection Sites</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getIntervention_PlannedInjectionSites()
	 * @model containment="true"
	 * @generated
	 */
	EList<InjectionSite> getPlannedInjectionSites();

} // Intervention
