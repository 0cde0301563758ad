/**
 */
package org.stroma.model.study.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.ImageReference;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.VolumeMeasurement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getSegmentation <em>Segmentation</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getInjectedVolumeMl <em>Injected Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getRetentionPercent <em>Retention Percent</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getMeasuredBy <em>Measured By</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VolumeMeasurementImpl#getMeasuredAt <em>Measured At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeMeasurementImpl extends IdentifiedImpl implements VolumeMeasurement {
	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected ImageReference series;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double volumeMl = VOLUME_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegmentation() <em>Segmentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentation()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegmentation() <em>Segmentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentation()
	 * @generated
	 * @ordered
	 */
	protected String segmentation = SEGMENTATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProcedure() <em>Procedure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedure()
	 * @generated
	 * @ordered
	 */
	protected Procedure procedure;

	/**
	 * The default value of the '{@link #getInjectedVolumeMl() <em>Injected Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInjectedVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double INJECTED_VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInjectedVolumeMl() <em>Injected Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInjectedVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double injectedVolumeMl = INJECTED_VOLUME_ML_EDEFAULT;

	/**
	 * This is true if the Injected Volume Ml attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean injectedVolumeMlESet;

	/**
	 * The default value of the '{@link #getRetentionPercent() <em>Retention Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double RETENTION_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRetentionPercent() <em>Retention Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionPercent()
	 * @generated
	 * @ordered
	 */
	protected double retentionPercent = RETENTION_PERCENT_EDEFAULT;

	/**
	 * This is true if the Retention Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean retentionPercentESet;

	/**
	 * The default value of the '{@link #getMeasuredBy() <em>Measured By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredBy()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasuredBy() <em>Measured By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredBy()
	 * @generated
	 * @ordered
	 */
	protected String measuredBy = MEASURED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasuredAt() <em>Measured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date MEASURED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasuredAt() <em>Measured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredAt()
	 * @generated
	 * @ordered
	 */
	protected Date measuredAt = MEASURED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeMeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.VOLUME_MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageReference getSeries() {
		if (series != null && series.eIsProxy()) {
			InternalEObject oldSeries = (InternalEObject)series;
			series = (ImageReference)eResolveProxy(oldSeries);
			if (series != oldSeries) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.VOLUME_MEASUREMENT__SERIES, oldSeries, series));
			}
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageReference basicGetSeries() {
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeries(ImageReference newSeries) {
		ImageReference oldSeries = series;
		series = newSeries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__SERIES, oldSeries, series));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumeMl() {
		return volumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeMl(double newVolumeMl) {
		double oldVolumeMl = volumeMl;
		volumeMl = newVolumeMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__VOLUME_ML, oldVolumeMl, volumeMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegmentation() {
		return segmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentation(String newSegmentation) {
		String oldSegmentation = segmentation;
		segmentation = newSegmentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__SEGMENTATION, oldSegmentation, segmentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Procedure getProcedure() {
		if (procedure != null && procedure.eIsProxy()) {
			InternalEObject oldProcedure = (InternalEObject)procedure;
			procedure = (Procedure)eResolveProxy(oldProcedure);
			if (procedure != oldProcedure) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.VOLUME_MEASUREMENT__PROCEDURE, oldProcedure, procedure));
			}
		}
		return procedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Procedure basicGetProcedure() {
		return procedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcedure(Procedure newProcedure) {
		Procedure oldProcedure = procedure;
		procedure = newProcedure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__PROCEDURE, oldProcedure, procedure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInjectedVolumeMl() {
		return injectedVolumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInjectedVolumeMl(double newInjectedVolumeMl) {
		double oldInjectedVolumeMl = injectedVolumeMl;
		injectedVolumeMl = newInjectedVolumeMl;
		boolean oldInjectedVolumeMlESet = injectedVolumeMlESet;
		injectedVolumeMlESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__INJECTED_VOLUME_ML, oldInjectedVolumeMl, injectedVolumeMl, !oldInjectedVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInjectedVolumeMl() {
		double oldInjectedVolumeMl = injectedVolumeMl;
		boolean oldInjectedVolumeMlESet = injectedVolumeMlESet;
		injectedVolumeMl = INJECTED_VOLUME_ML_EDEFAULT;
		injectedVolumeMlESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.VOLUME_MEASUREMENT__INJECTED_VOLUME_ML, oldInjectedVolumeMl, INJECTED_VOLUME_ML_EDEFAULT, oldInjectedVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInjectedVolumeMl() {
		return injectedVolumeMlESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRetentionPercent() {
		return retentionPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionPercent(double newRetentionPercent) {
		double oldRetentionPercent = retentionPercent;
		retentionPercent = newRetentionPercent;
		boolean oldRetentionPercentESet = retentionPercentESet;
		retentionPercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__RETENTION_PERCENT, oldRetentionPercent, retentionPercent, !oldRetentionPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRetentionPercent() {
		double oldRetentionPercent = retentionPercent;
		boolean oldRetentionPercentESet = retentionPercentESet;
		retentionPercent = RETENTION_PERCENT_EDEFAULT;
		retentionPercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.VOLUME_MEASUREMENT__RETENTION_PERCENT, oldRetentionPercent, RETENTION_PERCENT_EDEFAULT, oldRetentionPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRetentionPercent() {
		return retentionPercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasuredBy() {
		return measuredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasuredBy(String newMeasuredBy) {
		String oldMeasuredBy = measuredBy;
		measuredBy = newMeasuredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__MEASURED_BY, oldMeasuredBy, measuredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getMeasuredAt() {
		return measuredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasuredAt(Date newMeasuredAt) {
		Date oldMeasuredAt = measuredAt;
		measuredAt = newMeasuredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VOLUME_MEASUREMENT__MEASURED_AT, oldMeasuredAt, measuredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.VOLUME_MEASUREMENT__SERIES:
				if (resolve) return getSeries();
				return basicGetSeries();
			case StudyPackage.VOLUME_MEASUREMENT__METHOD:
				return getMethod();
			case StudyPackage.VOLUME_MEASUREMENT__VOLUME_ML:
				return getVolumeMl();
			case StudyPackage.VOLUME_MEASUREMENT__SEGMENTATION:
				return getSegmentation();
			case StudyPackage.VOLUME_MEASUREMENT__PROCEDURE:
				if (resolve) return getProcedure();
				return basicGetProcedure();
			case StudyPackage.VOLUME_MEASUREMENT__INJECTED_VOLUME_ML:
				return getInjectedVolumeMl();
			case StudyPackage.VOLUME_MEASUREMENT__RETENTION_PERCENT:
				return getRetentionPercent();
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_BY:
				return getMeasuredBy();
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_AT:
				return getMeasuredAt();
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
			case StudyPackage.VOLUME_MEASUREMENT__SERIES:
				setSeries((ImageReference)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__METHOD:
				setMethod((String)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__VOLUME_ML:
				setVolumeMl((Double)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__SEGMENTATION:
				setSegmentation((String)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__PROCEDURE:
				setProcedure((Procedure)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__INJECTED_VOLUME_ML:
				setInjectedVolumeMl((Double)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__RETENTION_PERCENT:
				setRetentionPercent((Double)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_BY:
				setMeasuredBy((String)newValue);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_AT:
				setMeasuredAt((Date)newValue);
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
			case StudyPackage.VOLUME_MEASUREMENT__SERIES:
				setSeries((ImageReference)null);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__VOLUME_ML:
				setVolumeMl(VOLUME_ML_EDEFAULT);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__SEGMENTATION:
				setSegmentation(SEGMENTATION_EDEFAULT);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__PROCEDURE:
				setProcedure((Procedure)null);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__INJECTED_VOLUME_ML:
				unsetInjectedVolumeMl();
				return;
			case StudyPackage.VOLUME_MEASUREMENT__RETENTION_PERCENT:
				unsetRetentionPercent();
				return;
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_BY:
				setMeasuredBy(MEASURED_BY_EDEFAULT);
				return;
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_AT:
				setMeasuredAt(MEASURED_AT_EDEFAULT);
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
			case StudyPackage.VOLUME_MEASUREMENT__SERIES:
				return series != null;
			case StudyPackage.VOLUME_MEASUREMENT__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case StudyPackage.VOLUME_MEASUREMENT__VOLUME_ML:
				return volumeMl != VOLUME_ML_EDEFAULT;
			case StudyPackage.VOLUME_MEASUREMENT__SEGMENTATION:
				return SEGMENTATION_EDEFAULT == null ? segmentation != null : !SEGMENTATION_EDEFAULT.equals(segmentation);
			case StudyPackage.VOLUME_MEASUREMENT__PROCEDURE:
				return procedure != null;
			case StudyPackage.VOLUME_MEASUREMENT__INJECTED_VOLUME_ML:
				return isSetInjectedVolumeMl();
			case StudyPackage.VOLUME_MEASUREMENT__RETENTION_PERCENT:
				return isSetRetentionPercent();
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_BY:
				return MEASURED_BY_EDEFAULT == null ? measuredBy != null : !MEASURED_BY_EDEFAULT.equals(measuredBy);
			case StudyPackage.VOLUME_MEASUREMENT__MEASURED_AT:
				return MEASURED_AT_EDEFAULT == null ? measuredAt != null : !MEASURED_AT_EDEFAULT.equals(measuredAt);
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
		result.append(" (method: ");
		result.append(method);
		result.append(", volumeMl: ");
		result.append(volumeMl);
		result.append(", segmentation: ");
		result.append(segmentation);
		result.append(", injectedVolumeMl: ");
		if (injectedVolumeMlESet) result.append(injectedVolumeMl); else result.append("<unset>");
		result.append(", retentionPercent: ");
		if (retentionPercentESet) result.append(retentionPercent); else result.append("<unset>");
		result.append(", measuredBy: ");
		result.append(measuredBy);
		result.append(", measuredAt: ");
		result.append(measuredAt);
		result.append(')');
		return result.toString();
	}

} //VolumeMeasurementImpl
