/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.SvfAssistedFatGrafting;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Svf Assisted Fat Grafting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.SvfAssistedFatGraftingImpl#getSvfRatioPart <em>Svf Ratio Part</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SvfAssistedFatGraftingImpl#getFatRatioPart <em>Fat Ratio Part</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SvfAssistedFatGraftingImpl extends InterventionImpl implements SvfAssistedFatGrafting {
	/**
	 * The default value of the '{@link #getSvfRatioPart() <em>Svf Ratio Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvfRatioPart()
	 * @generated
	 * @ordered
	 */
	protected static final double SVF_RATIO_PART_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getSvfRatioPart() <em>Svf Ratio Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvfRatioPart()
	 * @generated
	 * @ordered
	 */
	protected double svfRatioPart = SVF_RATIO_PART_EDEFAULT;

	/**
	 * The default value of the '{@link #getFatRatioPart() <em>Fat Ratio Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFatRatioPart()
	 * @generated
	 * @ordered
	 */
	protected static final double FAT_RATIO_PART_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getFatRatioPart() <em>Fat Ratio Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFatRatioPart()
	 * @generated
	 * @ordered
	 */
	protected double fatRatioPart = FAT_RATIO_PART_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SvfAssistedFatGraftingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.SVF_ASSISTED_FAT_GRAFTING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSvfRatioPart() {
		return svfRatioPart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSvfRatioPart(double newSvfRatioPart) {
		double oldSvfRatioPart = svfRatioPart;
		svfRatioPart = newSvfRatioPart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART, oldSvfRatioPart, svfRatioPart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFatRatioPart() {
		return fatRatioPart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFatRatioPart(double newFatRatioPart) {
		double oldFatRatioPart = fatRatioPart;
		fatRatioPart = newFatRatioPart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART, oldFatRatioPart, fatRatioPart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART:
				return getSvfRatioPart();
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART:
				return getFatRatioPart();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART:
				setSvfRatioPart((Double)newValue);
				return;
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART:
				setFatRatioPart((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART:
				setSvfRatioPart(SVF_RATIO_PART_EDEFAULT);
				return;
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART:
				setFatRatioPart(FAT_RATIO_PART_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__SVF_RATIO_PART:
				return svfRatioPart != SVF_RATIO_PART_EDEFAULT;
			case StudyPackage.SVF_ASSISTED_FAT_GRAFTING__FAT_RATIO_PART:
				return fatRatioPart != FAT_RATIO_PART_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (svfRatioPart: ");
		result.append(svfRatioPart);
		result.append(", fatRatioPart: ");
		result.append(fatRatioPart);
		result.append(')');
		return result.toString();
	}

} //SvfAssistedFatGraftingImpl
