/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adsc Assisted Fat Grafting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.AdscAssistedFatGraftingImpl#getCellsPerMlFat <em>Cells Per Ml Fat</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdscAssistedFatGraftingImpl extends InterventionImpl implements AdscAssistedFatGrafting {
	/**
	 * The default value of the '{@link #getCellsPerMlFat() <em>Cells Per Ml Fat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellsPerMlFat()
	 * @generated
	 * @ordered
	 */
	protected static final double CELLS_PER_ML_FAT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCellsPerMlFat() <em>Cells Per Ml Fat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellsPerMlFat()
	 * @generated
	 * @ordered
	 */
	protected double cellsPerMlFat = CELLS_PER_ML_FAT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdscAssistedFatGraftingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.ADSC_ASSISTED_FAT_GRAFTING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCellsPerMlFat() {
		return cellsPerMlFat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCellsPerMlFat(double newCellsPerMlFat) {
		double oldCellsPerMlFat = cellsPerMlFat;
		cellsPerMlFat = newCellsPerMlFat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT, oldCellsPerMlFat, cellsPerMlFat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT:
				return getCellsPerMlFat();
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
			case StudyPackage.ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT:
				setCellsPerMlFat((Double)newValue);
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
			case StudyPackage.ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT:
				setCellsPerMlFat(CELLS_PER_ML_FAT_EDEFAULT);
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
			case StudyPackage.ADSC_ASSISTED_FAT_GRAFTING__CELLS_PER_ML_FAT:
				return cellsPerMlFat != CELLS_PER_ML_FAT_EDEFAULT;
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
		result.append(" (cellsPerMlFat: ");
		result.append(cellsPerMlFat);
		result.append(')');
		return result.toString();
	}

} //AdscAssistedFatGraftingImpl
