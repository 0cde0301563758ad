/**
 */
package org.stroma.model.study;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Procedure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A surgical or injection procedure performed on the subject.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.Procedure#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getType <em>Type</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getSurgeon <em>Surgeon</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getHarvestSite <em>Harvest Site</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getLipoaspirateVolumeMl <em>Lipoaspirate Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getInjectionSites <em>Injection Sites</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getCellProduct <em>Cell Product</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getDoseCalculations <em>Dose Calculations</em>}</li>
 *   <li>{@link org.stroma.model.study.Procedure#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getProcedure()
 * @model
 * @generated
 */
public interface Procedure extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.stroma.model.study.ProcedureType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.stroma.model.study.ProcedureType
	 * @see #setType(ProcedureType)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_Type()
	 * @model
	 * @generated
	 */
	ProcedureType getType();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.stroma.model.study.ProcedureType
	 * @see #getType()
	 * @generated
	 */
	void setType(ProcedureType value);

	/**
	 * Returns the value of the '<em><b>Intervention</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The intervention of the arm this procedure delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intervention</em>' reference.
	 * @see #setIntervention(Intervention)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_Intervention()
	 * @model
	 * @generated
	 */
	Intervention getIntervention();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getIntervention <em>Intervention</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention</em>' reference.
	 * @see #getIntervention()
	 * @generated
	 */
	void setIntervention(Intervention value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(VisitDefinition)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_Visit()
	 * @model
	 * @generated
	 */
	VisitDefinition getVisit();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(VisitDefinition value);

	/**
	 * Returns the value of the '<em><b>Surgeon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Surgeon</em>' attribute.
	 * @see #setSurgeon(String)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_Surgeon()
	 * @model
	 * @generated
	 */
	String getSurgeon();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getSurgeon <em>Surgeon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Surgeon</em>' attribute.
	 * @see #getSurgeon()
	 * @generated
	 */
	void setSurgeon(String value);

	/**
	 * Returns the value of the '<em><b>Harvest Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Donor site of the lipoaspirate, e.g. abdomen, thigh.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Harvest Site</em>' attribute.
	 * @see #setHarvestSite(String)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_HarvestSite()
	 * @model
	 * @generated
	 */
	String getHarvestSite();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getHarvestSite <em>Harvest Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Harvest Site</em>' attribute.
	 * @see #getHarvestSite()
	 * @generated
	 */
	void setHarvestSite(String value);

	/**
	 * Returns the value of the '<em><b>Lipoaspirate Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lipoaspirate Volume Ml</em>' attribute.
	 * @see #isSetLipoaspirateVolumeMl()
	 * @see #unsetLipoaspirateVolumeMl()
	 * @see #setLipoaspirateVolumeMl(double)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_LipoaspirateVolumeMl()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLipoaspirateVolumeMl();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getLipoaspirateVolumeMl <em>Lipoaspirate Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lipoaspirate Volume Ml</em>' attribute.
	 * @see #isSetLipoaspirateVolumeMl()
	 * @see #unsetLipoaspirateVolumeMl()
	 * @see #getLipoaspirateVolumeMl()
	 * @generated
	 */
	void setLipoaspirateVolumeMl(double value);

	/**
	 * Unsets the value of the '{@link org.stroma.model.study.Procedure#getLipoaspirateVolumeMl <em>Lipoaspirate Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLipoaspirateVolumeMl()
	 * @see #getLipoaspirateVolumeMl()
	 * @see #setLipoaspirateVolumeMl(double)
	 * @generated
	 */
	void unsetLipoaspirateVolumeMl();

	/**
	 * Returns whether the value of the '{@link org.stroma.model.study.Procedure#getLipoaspirateVolumeMl <em>Lipoaspirate Volume Ml</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Lipoaspirate Volume Ml</em>' attribute is set.
	 * @see #unsetLipoaspirateVolumeMl()
	 * @see #getLipoaspirateVolumeMl()
	 * @see #setLipoaspirateVolumeMl(double)
	 * @generated
	 */
	boolean isSetLipoaspirateVolumeMl();

	/**
	 * Returns the value of the '<em><b>Injection Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.InjectionSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volumes actually injected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Injection Sites</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getProcedure_InjectionSites()
	 * @model containment="true"
	 * @generated
	 */
	EList<InjectionSite> getInjectionSites();

	/**
	 * Returns the value of the '<em><b>Cell Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell Product</em>' reference.
	 * @see #setCellProduct(CellProduct)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_CellProduct()
	 * @model
	 * @generated
	 */
	CellProduct getCellProduct();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getCellProduct <em>Cell Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Product</em>' reference.
	 * @see #getCellProduct()
	 * @generated
	 */
	void setCellProduct(CellProduct value);

	/**
	 * Returns the value of the '<em><b>Dose Calculations</b></em>' containment reference list.
	 * The list contents are of type {@link org.stroma.model.study.DoseCalculation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dose calculations made for this procedure, oldest first; kept as calculated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Calculations</em>' containment reference list.
	 * @see org.stroma.model.study.StudyPackage#getProcedure_DoseCalculations()
	 * @model containment="true"
	 * @generated
	 */
	EList<DoseCalculation> getDoseCalculations();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.stroma.model.study.StudyPackage#getProcedure_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.Procedure#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Procedure
