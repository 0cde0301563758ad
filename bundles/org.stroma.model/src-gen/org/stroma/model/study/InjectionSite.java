/**
 */
package org.stroma.model.study;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Injection Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A volume injected at one site, planned by an intervention or delivered in a procedure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.InjectionSite#getRegion <em>Region</em>}</li>
 *   <li>{@link org.stroma.model.study.InjectionSite#getSiteName <em>Site Name</em>}</li>
 *   <li>{@link org.stroma.model.study.InjectionSite#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.InjectionSite#getInjectionCount <em>Injection Count</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getInjectionSite()
 * @model
 * @generated
 */
public interface InjectionSite extends Identified {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. left hand, face, scalp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.stroma.model.study.StudyPackage#getInjectionSite_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.InjectionSite#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Site Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. D2 PIP radial side, thumb base, palm, dorsum, temple.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site Name</em>' attribute.
	 * @see #setSiteName(String)
	 * @see org.stroma.model.study.StudyPackage#getInjectionSite_SiteName()
	 * @model
	 * @generated
	 */
	String getSiteName();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.InjectionSite#getSiteName <em>Site Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site Name</em>' attribute.
	 * @see #getSiteName()
	 * @generated
	 */
	void setSiteName(String value);

	/**
	 * Returns the value of the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume per injection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Ml</em>' attribute.
	 * @see #setVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getInjectionSite_VolumeMl()
	 * @model
	 * @generated
	 */
	double getVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.InjectionSite#getVolumeMl <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml</em>' attribute.
	 * @see #getVolumeMl()
	 * @generated
	 */
	void setVolumeMl(double value);

	/**
	 * Returns the value of the '<em><b>Injection Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of injections of volumeMl at this site, e.g. 4 for 4 x 0.25 mL per finger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Injection Count</em>' attribute.
	 * @see #setInjectionCount(int)
	 * @see org.stroma.model.study.StudyPackage#getInjectionSite_InjectionCount()
	 * @model default="1"
	 * @generated
	 */
	int getInjectionCount();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.InjectionSite#getInjectionCount <em>Injection Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Injection Count</em>' attribute.
	 * @see #getInjectionCount()
	 * @generated
	 */
	void setInjectionCount(int value);

} // InjectionSite
