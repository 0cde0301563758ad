/**
 */
package org.stroma.model.study;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A graft volume measured on a stored MRI series: the segmentation it was measured from, the method, the volume and, against the injected volume of a procedure, the retention.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getSeries <em>Series</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getMethod <em>Method</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getSegmentation <em>Segmentation</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getInjectedVolumeMl <em>Injected Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getRetentionPercent <em>Retention Percent</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getMeasuredBy <em>Measured By</em>}</li>
 *   <li>{@link org.stroma.model.study.VolumeMeasurement#getMeasuredAt <em>Measured At</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement()
 * @model
 * @generated
 */
public interface VolumeMeasurement extends Identified {
	/**
	 * Returns the value of the '<em><b>Series</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' reference.
	 * @see #setSeries(ImageReference)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_Series()
	 * @model required="true"
	 * @generated
	 */
	ImageReference getSeries();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getSeries <em>Series</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series</em>' reference.
	 * @see #getSeries()
	 * @generated
	 */
	void setSeries(ImageReference value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * cavalieri (slice spacing x sum of ROI areas) or voxel-count (voxels x voxel volume).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_Method()
	 * @model required="true"
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Ml</em>' attribute.
	 * @see #setVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_VolumeMl()
	 * @model
	 * @generated
	 */
	double getVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getVolumeMl <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml</em>' attribute.
	 * @see #getVolumeMl()
	 * @generated
	 */
	void setVolumeMl(double value);

	/**
	 * Returns the value of the '<em><b>Segmentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The regions of interest per slice and threshold settings, in the imaging bundle's text form, so the volume can be recomputed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segmentation</em>' attribute.
	 * @see #setSegmentation(String)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_Segmentation()
	 * @model
	 * @generated
	 */
	String getSegmentation();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getSegmentation <em>Segmentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segmentation</em>' attribute.
	 * @see #getSegmentation()
	 * @generated
	 */
	void setSegmentation(String value);

	/**
	 * Returns the value of the '<em><b>Procedure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedure</em>' reference.
	 * @see #setProcedure(Procedure)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_Procedure()
	 * @model
	 * @generated
	 */
	Procedure getProcedure();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getProcedure <em>Procedure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure</em>' reference.
	 * @see #getProcedure()
	 * @generated
	 */
	void setProcedure(Procedure value);

	/**
	 * Returns the value of the '<em><b>Injected Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Injected Volume Ml</em>' attribute.
	 * @see #isSetInjectedVolumeMl()
	 * @see #unsetInjectedVolumeMl()
	 * @see #setInjectedVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_InjectedVolumeMl()
	 * @model unsettable="true"
	 * @generated
	 */
	double getInjectedVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getInjectedVolumeMl <em>Injected Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Injected Volume Ml</em>' attribute.
	 * @see #isSetInjectedVolumeMl()
	 * @see #unsetInjectedVolumeMl()
	 * @see #getInjectedVolumeMl()
	 * @generated
	 */
	void setInjectedVolumeMl(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getInjectedVolumeMl <em>Injected Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInjectedVolumeMl()
	 * @see #getInjectedVolumeMl()
	 * @see #setInjectedVolumeMl(double)
	 * @generated
	 */
	void unsetInjectedVolumeMl();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.VolumeMeasurement#getInjectedVolumeMl <em>Injected Volume Ml</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Injected Volume Ml</em>' attribute is set.
	 * @see #unsetInjectedVolumeMl()
	 * @see #getInjectedVolumeMl()
	 * @see #setInjectedVolumeMl(double)
	 * @generated
	 */
	boolean isSetInjectedVolumeMl();

	/**
	 * Returns the value of the '<em><b>Retention Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Follow-up graft volume / injected volume x 100, when an injected volume is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Percent</em>' attribute.
	 * @see #isSetRetentionPercent()
	 * @see #unsetRetentionPercent()
	 * @see #setRetentionPercent(double)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_RetentionPercent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getRetentionPercent();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getRetentionPercent <em>Retention Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Percent</em>' attribute.
	 * @see #isSetRetentionPercent()
	 * @see #unsetRetentionPercent()
	 * @see #getRetentionPercent()
	 * @generated
	 */
	void setRetentionPercent(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getRetentionPercent <em>Retention Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRetentionPercent()
	 * @see #getRetentionPercent()
	 * @see #setRetentionPercent(double)
	 * @generated
	 */
	void unsetRetentionPercent();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.VolumeMeasurement#getRetentionPercent <em>Retention Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Retention Percent</em>' attribute is set.
	 * @see #unsetRetentionPercent()
	 * @see #getRetentionPercent()
	 * @see #setRetentionPercent(double)
	 * @generated
	 */
	boolean isSetRetentionPercent();

	/**
	 * Returns the value of the '<em><b>Measured By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measured By</em>' attribute.
	 * @see #setMeasuredBy(String)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_MeasuredBy()
	 * @model
	 * @generated
	 */
	String getMeasuredBy();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getMeasuredBy <em>Measured By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured By</em>' attribute.
	 * @see #getMeasuredBy()
	 * @generated
	 */
	void setMeasuredBy(String value);

	/**
	 * Returns the value of the '<em><b>Measured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measured At</em>' attribute.
	 * @see #setMeasuredAt(Date)
	 * @see org.stroma.model.study.StudyPackage#getVolumeMeasurement_MeasuredAt()
	 * @model
	 * @generated
	 */
	Date getMeasuredAt();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.VolumeMeasurement#getMeasuredAt <em>Measured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured At</em>' attribute.
	 * @see #getMeasuredAt()
	 * @generated
	 */
	void setMeasuredAt(Date value);

} // VolumeMeasurement
