/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Svf Finger Injection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * SVF injected subcutaneously into the fingers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.SvfFingerInjection#getVolumePerSiteMl <em>Volume Per Site Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.SvfFingerInjection#getNeedleGauge <em>Needle Gauge</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getSvfFingerInjection()
 * @model
 * @generated
 */
public interface SvfFingerInjection extends Intervention {
	/**
	 * Returns the value of the '<em><b>Volume Per Site Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Per Site Ml</em>' attribute.
	 * @see #isSetVolumePerSiteMl()
	 * @see #unsetVolumePerSiteMl()
	 * @see #setVolumePerSiteMl(double)
	 * @see org.stroma.model.study.StudyPackage#getSvfFingerInjection_VolumePerSiteMl()
	 * @model unsettable="true"
	 * @generated
	 */
	double getVolumePerSiteMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SvfFingerInjection#getVolumePerSiteMl <em>Volume Per Site Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Per Site Ml</em>' attribute.
	 * @see #isSetVolumePerSiteMl()
	 * @see #unsetVolumePerSiteMl()
	 * @see #getVolumePerSiteMl()
	 * @generated
	 */
	void setVolumePerSiteMl(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.SvfFingerInjection#getVolumePerSiteMl <em>Volume Per Site Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVolumePerSiteMl()
	 * @see #getVolumePerSiteMl()
	 * @see #setVolumePerSiteMl(double)
	 * @generated
	 */
	void unsetVolumePerSiteMl();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.SvfFingerInjection#getVolumePerSiteMl <em>Volume Per Site Ml</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Volume Per Site Ml</em>' attribute is set.
	 * @see #unsetVolumePerSiteMl()
	 * @see #getVolumePerSiteMl()
	 * @see #setVolumePerSiteMl(double)
	 * @generated
	 */
	boolean isSetVolumePerSiteMl();

	/**
	 * Returns the value of the '<em><b>Needle Gauge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Needle size in gauge, e.g. 25.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needle Gauge</em>' attribute.
	 * @see #isSetNeedleGauge()
	 * @see #unsetNeedleGauge()
	 * @see #setNeedleGauge(int)
	 * @see org.stroma.model.study.StudyPackage#getSvfFingerInjection_NeedleGauge()
	 * @model unsettable="true"
	 * @generated
	 */
	int getNeedleGauge();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.SvfFingerInjection#getNeedleGauge <em>Needle Gauge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needle Gauge</em>' attribute.
	 * @see #isSetNeedleGauge()
	 * @see #unsetNeedleGauge()
	 * @see #getNeedleGauge()
	 * @generated
	 */
	void setNeedleGauge(int value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.SvfFingerInjection#getNeedleGauge <em>Needle Gauge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNeedleGauge()
	 * @see #getNeedleGauge()
	 * @see #setNeedleGauge(int)
	 * @generated
	 */
	void unsetNeedleGauge();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.SvfFingerInjection#getNeedleGauge <em>Needle Gauge</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Needle Gauge</em>' attribute is set.
	 * @see #unsetNeedleGauge()
	 * @see #getNeedleGauge()
	 * @see #setNeedleGauge(int)
	 * @generated
	 */
	boolean isSetNeedleGauge();

} // SvfFingerInjection
