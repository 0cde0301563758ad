/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.ecore.EClass;

import org.stroma.model.study.ConventionalFatGrafting;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conventional Fat Grafting</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ConventionalFatGraftingImpl extends InterventionImpl implements ConventionalFatGrafting {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConventionalFatGraftingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.CONVENTIONAL_FAT_GRAFTING;
	}

} //ConventionalFatGraftingImpl
