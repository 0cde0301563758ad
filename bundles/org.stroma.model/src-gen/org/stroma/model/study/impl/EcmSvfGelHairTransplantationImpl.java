/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.EcmSvfGelHairTransplantation;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ecm Svf Gel Hair Transplantation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.EcmSvfGelHairTransplantationImpl#getGelVolumeMl <em>Gel Volume Ml</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EcmSvfGelHairTransplantationImpl extends InterventionImpl implements EcmSvfGelHairTransplantation {
	/**
	 * The default value of the '{@link #getGelVolumeMl() <em>Gel Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGelVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double GEL_VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGelVolumeMl() <em>Gel Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGelVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double gelVolumeMl = GEL_VOLUME_ML_EDEFAULT;

	/**
	 * This is true if the Gel Volume Ml attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean gelVolumeMlESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcmSvfGelHairTransplantationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.ECM_SVF_GEL_HAIR_TRANSPLANTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGelVolumeMl() {
		return gelVolumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGelVolumeMl(double newGelVolumeMl) {
		double oldGelVolumeMl = gelVolumeMl;
		gelVolumeMl = newGelVolumeMl;
		boolean oldGelVolumeMlESet = gelVolumeMlESet;
		gelVolumeMlESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML, oldGelVolumeMl, gelVolumeMl, !oldGelVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGelVolumeMl() {
		double oldGelVolumeMl = gelVolumeMl;
		boolean oldGelVolumeMlESet = gelVolumeMlESet;
		gelVolumeMl = GEL_VOLUME_ML_EDEFAULT;
		gelVolumeMlESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML, oldGelVolumeMl, GEL_VOLUME_ML_EDEFAULT, oldGelVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGelVolumeMl() {
		return gelVolumeMlESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML:
				return getGelVolumeMl();
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
			case StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML:
				setGelVolumeMl((Double)newValue);
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
			case StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML:
				unsetGelVolumeMl();
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
			case StudyPackage.ECM_SVF_GEL_HAIR_TRANSPLANTATION__GEL_VOLUME_ML:
				return isSetGelVolumeMl();
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
		result.append(" (gelVolumeMl: ");
		if (gelVolumeMlESet) result.append(gelVolumeMl); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //EcmSvfGelHairTransplantationImpl
