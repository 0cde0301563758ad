/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.ecore.EClass;

import org.stroma.model.study.StandardCare;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standard Care</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class StandardCareImpl extends InterventionImpl implements StandardCare {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandardCareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.STANDARD_CARE;
	}

} //StandardCareImpl
