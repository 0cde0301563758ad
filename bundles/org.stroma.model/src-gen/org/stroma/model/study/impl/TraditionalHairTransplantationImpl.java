/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.ecore.EClass;

import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.TraditionalHairTransplantation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Traditional Hair Transplantation</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TraditionalHairTransplantationImpl extends InterventionImpl implements TraditionalHairTransplantation {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TraditionalHairTransplantationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.TRADITIONAL_HAIR_TRANSPLANTATION;
	}

} //TraditionalHairTransplantationImpl
