/**
 */
package org.stroma.model.study;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lot of processed cells or adipose product given to a subject.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.CellProduct#getLot <em>Lot</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getType <em>Type</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getDonor <em>Donor</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getPreparedDate <em>Prepared Date</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getProcessingMethod <em>Processing Method</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getTotalCellCount <em>Total Cell Count</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getViabilityPercent <em>Viability Percent</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getPassageNumber <em>Passage Number</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getPopulationDoublings <em>Population Doublings</em>}</li>
 *   <li>{@link org.stroma.model.study.CellProduct#getDoublingTimeHours <em>Doubling Time Hours</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getCellProduct()
 * @model
 * @generated
 */
public interface CellProduct extends Identified {
	/**
	 * Returns the value of the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lot</em>' attribute.
	 * @see #setLot(String)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_Lot()
	 * @model required="true"
	 * @generated
	 */
	String getLot();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getLot <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lot</em>' attribute.
	 * @see #getLot()
	 * @generated
	 */
	void setLot(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.CellProductType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.stroma.model.study.CellProductType
	 * @see #setType(CellProductType)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_Type()
	 * @model
	 * @generated
	 */
	CellProductType getType();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.stroma.model.study.CellProductType
	 * @see #getType()
	 * @generated
	 */
	void setType(CellProductType value);

	/**
	 * Returns the value of the '<em><b>Donor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subject it was harvested from (autologous).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Donor</em>' reference.
	 * @see #setDonor(Subject)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_Donor()
	 * @model
	 * @generated
	 */
	Subject getDonor();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getDonor <em>Donor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Donor</em>' reference.
	 * @see #getDonor()
	 * @generated
	 */
	void setDonor(Subject value);

	/**
	 * Returns the value of the '<em><b>Prepared Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prepared Date</em>' attribute.
	 * @see #setPreparedDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_PreparedDate()
	 * @model
	 * @generated
	 */
	Date getPreparedDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getPreparedDate <em>Prepared Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prepared Date</em>' attribute.
	 * @see #getPreparedDate()
	 * @generated
	 */
	void setPreparedDate(Date value);

	/**
	 * Returns the value of the '<em><b>Processing Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. closed-system enzymatic isolation, 15-20 min.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processing Method</em>' attribute.
	 * @see #setProcessingMethod(String)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_ProcessingMethod()
	 * @model
	 * @generated
	 */
	String getProcessingMethod();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getProcessingMethod <em>Processing Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Processing Method</em>' attribute.
	 * @see #getProcessingMethod()
	 * @generated
	 */
	void setProcessingMethod(String value);

	/**
	 * Returns the value of the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Ml</em>' attribute.
	 * @see #isSetVolumeMl()
	 * @see #unsetVolumeMl()
	 * @see #setVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_VolumeMl()
	 * @model unsettable="true"
	 * @generated
	 */
	double getVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getVolumeMl <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml</em>' attribute.
	 * @see #isSetVolumeMl()
	 * @see #unsetVolumeMl()
	 * @see #getVolumeMl()
	 * @generated
	 */
	void setVolumeMl(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.CellProduct#getVolumeMl <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVolumeMl()
	 * @see #getVolumeMl()
	 * @see #setVolumeMl(double)
	 * @generated
	 */
	void unsetVolumeMl();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.CellProduct#getVolumeMl <em>Volume Ml</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Volume Ml</em>' attribute is set.
	 * @see #unsetVolumeMl()
	 * @see #getVolumeMl()
	 * @see #setVolumeMl(double)
	 * @generated
	 */
	boolean isSetVolumeMl();

	/**
	 * Returns the value of the '<em><b>Total Cell Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Cell Count</em>' attribute.
	 * @see #isSetTotalCellCount()
	 * @see #unsetTotalCellCount()
	 * @see #setTotalCellCount(double)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_TotalCellCount()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTotalCellCount();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getTotalCellCount <em>Total Cell Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Cell Count</em>' attribute.
	 * @see #isSetTotalCellCount()
	 * @see #unsetTotalCellCount()
	 * @see #getTotalCellCount()
	 * @generated
	 */
	void setTotalCellCount(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.CellProduct#getTotalCellCount <em>Total Cell Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTotalCellCount()
	 * @see #getTotalCellCount()
	 * @see #setTotalCellCount(double)
	 * @generated
	 */
	void unsetTotalCellCount();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.CellProduct#getTotalCellCount <em>Total Cell Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Total Cell Count</em>' attribute is set.
	 * @see #unsetTotalCellCount()
	 * @see #getTotalCellCount()
	 * @see #setTotalCellCount(double)
	 * @generated
	 */
	boolean isSetTotalCellCount();

	/**
	 * Returns the value of the '<em><b>Viability Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Viability Percent</em>' attribute.
	 * @see #isSetViabilityPercent()
	 * @see #unsetViabilityPercent()
	 * @see #setViabilityPercent(double)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_ViabilityPercent()
	 * @model unsettable="true" dataType="org.stroma.model.study.Percentage"
	 * @generated
	 */
	double getViabilityPercent();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getViabilityPercent <em>Viability Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Viability Percent</em>' attribute.
	 * @see #isSetViabilityPercent()
	 * @see #unsetViabilityPercent()
	 * @see #getViabilityPercent()
	 * @generated
	 */
	void setViabilityPercent(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.CellProduct#getViabilityPercent <em>Viability Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetViabilityPercent()
	 * @see #getViabilityPercent()
	 * @see #setViabilityPercent(double)
	 * @generated
	 */
	void unsetViabilityPercent();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.CellProduct#getViabilityPercent <em>Viability Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Viability Percent</em>' attribute is set.
	 * @see #unsetViabilityPercent()
	 * @see #getViabilityPercent()
	 * @see #setViabilityPercent(double)
	 * @generated
	 */
	boolean isSetViabilityPercent();

	/**
	 * Returns the value of the '<em><b>Passage Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Culture-expanded cells only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passage Number</em>' attribute.
	 * @see #isSetPassageNumber()
	 * @see #unsetPassageNumber()
	 * @see #setPassageNumber(int)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_PassageNumber()
	 * @model unsettable="true"
	 * @generated
	 */
	int getPassageNumber();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getPassageNumber <em>Passage Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passage Number</em>' attribute.
	 * @see #isSetPassageNumber()
	 * @see #unsetPassageNumber()
	 * @see #getPassageNumber()
	 * @generated
	 */
	void setPassageNumber(int value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.CellProduct#getPassageNumber <em>Passage Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPassageNumber()
	 * @see #getPassageNumber()
	 * @see #setPassageNumber(int)
	 * @generated
	 */
	void unsetPassageNumber();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.CellProduct#getPassageNumber <em>Passage Number</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Passage Number</em>' attribute is set.
	 * @see #unsetPassageNumber()
	 * @see #getPassageNumber()
	 * @see #setPassageNumber(int)
	 * @generated
	 */
	boolean isSetPassageNumber();

	/**
	 * Returns the value of the '<em><b>Population Doublings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Culture-expanded cells only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population Doublings</em>' attribute.
	 * @see #isSetPopulationDoublings()
	 * @see #unsetPopulationDoublings()
	 * @see #setPopulationDoublings(double)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_PopulationDoublings()
	 * @model unsettable="true"
	 * @generated
	 */
	double getPopulationDoublings();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getPopulationDoublings <em>Population Doublings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population Doublings</em>' attribute.
	 * @see #isSetPopulationDoublings()
	 * @see #unsetPopulationDoublings()
	 * @see #getPopulationDoublings()
	 * @generated
	 */
	void setPopulationDoublings(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.CellProduct#getPopulationDoublings <em>Population Doublings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPopulationDoublings()
	 * @see #getPopulationDoublings()
	 * @see #setPopulationDoublings(double)
	 * @generated
	 */
	void unsetPopulationDoublings();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.CellProduct#getPopulationDoublings <em>Population Doublings</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Population Doublings</em>' attribute is set.
	 * @see #unsetPopulationDoublings()
	 * @see #getPopulationDoublings()
	 * @see #setPopulationDoublings(double)
	 * @generated
	 */
	boolean isSetPopulationDoublings();

	/**
	 * Returns the value of the '<em><b>Doubling Time Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Culture-expanded cells only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Doubling Time Hours</em>' attribute.
	 * @see #isSetDoublingTimeHours()
	 * @see #unsetDoublingTimeHours()
	 * @see #setDoublingTimeHours(double)
	 * @see org.stroma.model.study.StudyPackage#getCellProduct_DoublingTimeHours()
	 * @model unsettable="true"
	 * @generated
	 */
	double getDoublingTimeHours();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.CellProduct#getDoublingTimeHours <em>Doubling Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doubling Time Hours</em>' attribute.
	 * @see #isSetDoublingTimeHours()
	 * @see #unsetDoublingTimeHours()
	 * @see #getDoublingTimeHours()
	 * @generated
	 */
	void setDoublingTimeHours(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.CellProduct#getDoublingTimeHours <em>Doubling Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDoublingTimeHours()
	 * @see #getDoublingTimeHours()
	 * @see #setDoublingTimeHours(double)
	 * @generated
	 */
	void unsetDoublingTimeHours();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.CellProduct#getDoublingTimeHours <em>Doubling Time Hours</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Doubling Time Hours</em>' attribute is set.
	 * @see #unsetDoublingTimeHours()
	 * @see #getDoublingTimeHours()
	 * @see #setDoublingTimeHours(double)
	 * @generated
	 */
	boolean isSetDoublingTimeHours();

} // CellProduct
