/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.FatMicrograftsWithSvf;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fat Micrografts With Svf</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.FatMicrograftsWithSvfImpl#getFatVolumeMl <em>Fat Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.FatMicrograftsWithSvfImpl#getSvfVolumeMl <em>Svf Volume Ml</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FatMicrograftsWithSvfImpl extends InterventionImpl implements FatMicrograftsWithSvf {
	/**
	 * The default value of the '{@link #getFatVolumeMl() <em>Fat Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFatVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double FAT_VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFatVolumeMl() <em>Fat Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFatVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double fatVolumeMl = FAT_VOLUME_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getSvfVolumeMl() <em>Svf Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvfVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double SVF_VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSvfVolumeMl() <em>Svf Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvfVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double svfVolumeMl = SVF_VOLUME_ML_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FatMicrograftsWithSvfImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.FAT_MICROGRAFTS_WITH_SVF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFatVolumeMl() {
		return fatVolumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFatVolumeMl(double newFatVolumeMl) {
		double oldFatVolumeMl = fatVolumeMl;
		fatVolumeMl = newFatVolumeMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML, oldFatVolumeMl, fatVolumeMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSvfVolumeMl() {
		return svfVolumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSvfVolumeMl(double newSvfVolumeMl) {
		double oldSvfVolumeMl = svfVolumeMl;
		svfVolumeMl = newSvfVolumeMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML, oldSvfVolumeMl, svfVolumeMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML:
				return getFatVolumeMl();
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML:
				return getSvfVolumeMl();
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
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML:
				setFatVolumeMl((Double)newValue);
				return;
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML:
				setSvfVolumeMl((Double)newValue);
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
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML:
				setFatVolumeMl(FAT_VOLUME_ML_EDEFAULT);
				return;
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML:
				setSvfVolumeMl(SVF_VOLUME_ML_EDEFAULT);
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
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__FAT_VOLUME_ML:
				return fatVolumeMl != FAT_VOLUME_ML_EDEFAULT;
			case StudyPackage.FAT_MICROGRAFTS_WITH_SVF__SVF_VOLUME_ML:
				return svfVolumeMl != SVF_VOLUME_ML_EDEFAULT;
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
		result.append(" (fatVolumeMl: ");
		result.append(fatVolumeMl);
		result.append(", svfVolumeMl: ");
		result.append(svfVolumeMl);
		result.append(')');
		return result.toString();
	}

} //FatMicrograftsWithSvfImpl
