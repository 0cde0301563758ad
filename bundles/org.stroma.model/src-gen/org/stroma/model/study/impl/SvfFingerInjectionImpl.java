/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.SvfFingerInjection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Svf Finger Injection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.SvfFingerInjectionImpl#getVolumePerSiteMl <em>Volume Per Site Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SvfFingerInjectionImpl#getNeedleGauge <em>Needle Gauge</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SvfFingerInjectionImpl extends InterventionImpl implements SvfFingerInjection {
	/**
	 * The default value of the '{@link #getVolumePerSiteMl() <em>Volume Per Site Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumePerSiteMl()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_PER_SITE_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumePerSiteMl() <em>Volume Per Site Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumePerSiteMl()
	 * @generated
	 * @ordered
	 */
	protected double volumePerSiteMl = VOLUME_PER_SITE_ML_EDEFAULT;

	/**
	 * This is true if the Volume Per Site Ml attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean volumePerSiteMlESet;

	/**
	 * The default value of the '{@link #getNeedleGauge() <em>Needle Gauge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedleGauge()
	 * @generated
	 * @ordered
	 */
	protected static final int NEEDLE_GAUGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNeedleGauge() <em>Needle Gauge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeedleGauge()
	 * @generated
	 * @ordered
	 */
	protected int needleGauge = NEEDLE_GAUGE_EDEFAULT;

	/**
	 * This is true if the Needle Gauge attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean needleGaugeESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SvfFingerInjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.SVF_FINGER_INJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumePerSiteMl() {
		return volumePerSiteMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumePerSiteMl(double newVolumePerSiteMl) {
		double oldVolumePerSiteMl = volumePerSiteMl;
		volumePerSiteMl = newVolumePerSiteMl;
		boolean oldVolumePerSiteMlESet = volumePerSiteMlESet;
		volumePerSiteMlESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML, oldVolumePerSiteMl, volumePerSiteMl, !oldVolumePerSiteMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVolumePerSiteMl() {
		double oldVolumePerSiteMl = volumePerSiteMl;
		boolean oldVolumePerSiteMlESet = volumePerSiteMlESet;
		volumePerSiteMl = VOLUME_PER_SITE_ML_EDEFAULT;
		volumePerSiteMlESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML, oldVolumePerSiteMl, VOLUME_PER_SITE_ML_EDEFAULT, oldVolumePerSiteMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVolumePerSiteMl() {
		return volumePerSiteMlESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNeedleGauge() {
		return needleGauge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeedleGauge(int newNeedleGauge) {
		int oldNeedleGauge = needleGauge;
		needleGauge = newNeedleGauge;
		boolean oldNeedleGaugeESet = needleGaugeESet;
		needleGaugeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SVF_FINGER_INJECTION__NEEDLE_GAUGE, oldNeedleGauge, needleGauge, !oldNeedleGaugeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNeedleGauge() {
		int oldNeedleGauge = needleGauge;
		boolean oldNeedleGaugeESet = needleGaugeESet;
		needleGauge = NEEDLE_GAUGE_EDEFAULT;
		needleGaugeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.SVF_FINGER_INJECTION__NEEDLE_GAUGE, oldNeedleGauge, NEEDLE_GAUGE_EDEFAULT, oldNeedleGaugeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNeedleGauge() {
		return needleGaugeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML:
				return getVolumePerSiteMl();
			case StudyPackage.SVF_FINGER_INJECTION__NEEDLE_GAUGE:
				return getNeedleGauge();
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
			case StudyPackage.SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML:
				setVolumePerSiteMl((Double)newValue);
				return;
			case StudyPackage.SVF_FINGER_INJECTION__NEEDLE_GAUGE:
				setNeedleGauge((Integer)newValue);
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
			case StudyPackage.SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML:
				unsetVolumePerSiteMl();
				return;
			case StudyPackage.SVF_FINGER_INJECTION__NEEDLE_GAUGE:
				unsetNeedleGauge();
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
			case StudyPackage.SVF_FINGER_INJECTION__VOLUME_PER_SITE_ML:
				return isSetVolumePerSiteMl();
			case StudyPackage.SVF_FINGER_INJECTION__NEEDLE_GAUGE:
				return isSetNeedleGauge();
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
		result.append(" (volumePerSiteMl: ");
		if (volumePerSiteMlESet) result.append(volumePerSiteMl); else result.append("<unset>");
		result.append(", needleGauge: ");
		if (needleGaugeESet) result.append(needleGauge); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SvfFingerInjectionImpl
