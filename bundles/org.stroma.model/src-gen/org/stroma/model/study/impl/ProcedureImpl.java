/**
 */
package org.stroma.model.study.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stroma.model.study.CellProduct;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Intervention;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Procedure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getSurgeon <em>Surgeon</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getHarvestSite <em>Harvest Site</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getLipoaspirateVolumeMl <em>Lipoaspirate Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getInjectionSites <em>Injection Sites</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getCellProduct <em>Cell Product</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getDoseCalculations <em>Dose Calculations</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ProcedureImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcedureImpl extends IdentifiedImpl implements Procedure {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ProcedureType TYPE_EDEFAULT = ProcedureType.LIPOSUCTION;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ProcedureType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIntervention() <em>Intervention</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected Intervention intervention;

	/**
	 * The cached value of the '{@link #getVisit() <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisit()
	 * @generated
	 * @ordered
	 */
	protected VisitDefinition visit;

	/**
	 * The default value of the '{@link #getSurgeon() <em>Surgeon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurgeon()
	 * @generated
	 * @ordered
	 */
	protected static final String SURGEON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSurgeon() <em>Surgeon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurgeon()
	 * @generated
	 * @ordered
	 */
	protected String surgeon = SURGEON_EDEFAULT;

	/**
	 * The default value of the '{@link #getHarvestSite() <em>Harvest Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHarvestSite()
	 * @generated
	 * @ordered
	 */
	protected static final String HARVEST_SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHarvestSite() <em>Harvest Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHarvestSite()
	 * @generated
	 * @ordered
	 */
	protected String harvestSite = HARVEST_SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLipoaspirateVolumeMl() <em>Lipoaspirate Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLipoaspirateVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double LIPOASPIRATE_VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLipoaspirateVolumeMl() <em>Lipoaspirate Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLipoaspirateVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double lipoaspirateVolumeMl = LIPOASPIRATE_VOLUME_ML_EDEFAULT;

	/**
	 * This is true if the Lipoaspirate Volume Ml attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lipoaspirateVolumeMlESet;

	/**
	 * The cached value of the '{@link #getInjectionSites() <em>Injection Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInjectionSites()
	 * @generated
	 * @ordered
	 */
	protected EList<InjectionSite> injectionSites;

	/**
	 * The cached value of the '{@link #getCellProduct() <em>Cell Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellProduct()
	 * @generated
	 * @ordered
	 */
	protected CellProduct cellProduct;

	/**
	 * The cached value of the '{@link #getDoseCalculations() <em>Dose Calculations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseCalculations()
	 * @generated
	 * @ordered
	 */
	protected EList<DoseCalculation> doseCalculations;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcedureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.PROCEDURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcedureType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ProcedureType newType) {
		ProcedureType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention getIntervention() {
		if (intervention != null && intervention.eIsProxy()) {
			InternalEObject oldIntervention = (InternalEObject)intervention;
			intervention = (Intervention)eResolveProxy(oldIntervention);
			if (intervention != oldIntervention) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.PROCEDURE__INTERVENTION, oldIntervention, intervention));
			}
		}
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Intervention basicGetIntervention() {
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervention(Intervention newIntervention) {
		Intervention oldIntervention = intervention;
		intervention = newIntervention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__INTERVENTION, oldIntervention, intervention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitDefinition getVisit() {
		if (visit != null && visit.eIsProxy()) {
			InternalEObject oldVisit = (InternalEObject)visit;
			visit = (VisitDefinition)eResolveProxy(oldVisit);
			if (visit != oldVisit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.PROCEDURE__VISIT, oldVisit, visit));
			}
		}
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitDefinition basicGetVisit() {
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisit(VisitDefinition newVisit) {
		VisitDefinition oldVisit = visit;
		visit = newVisit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__VISIT, oldVisit, visit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSurgeon() {
		return surgeon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurgeon(String newSurgeon) {
		String oldSurgeon = surgeon;
		surgeon = newSurgeon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__SURGEON, oldSurgeon, surgeon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHarvestSite() {
		return harvestSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHarvestSite(String newHarvestSite) {
		String oldHarvestSite = harvestSite;
		harvestSite = newHarvestSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__HARVEST_SITE, oldHarvestSite, harvestSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLipoaspirateVolumeMl() {
		return lipoaspirateVolumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLipoaspirateVolumeMl(double newLipoaspirateVolumeMl) {
		double oldLipoaspirateVolumeMl = lipoaspirateVolumeMl;
		lipoaspirateVolumeMl = newLipoaspirateVolumeMl;
		boolean oldLipoaspirateVolumeMlESet = lipoaspirateVolumeMlESet;
		lipoaspirateVolumeMlESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__LIPOASPIRATE_VOLUME_ML, oldLipoaspirateVolumeMl, lipoaspirateVolumeMl, !oldLipoaspirateVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLipoaspirateVolumeMl() {
		double oldLipoaspirateVolumeMl = lipoaspirateVolumeMl;
		boolean oldLipoaspirateVolumeMlESet = lipoaspirateVolumeMlESet;
		lipoaspirateVolumeMl = LIPOASPIRATE_VOLUME_ML_EDEFAULT;
		lipoaspirateVolumeMlESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.PROCEDURE__LIPOASPIRATE_VOLUME_ML, oldLipoaspirateVolumeMl, LIPOASPIRATE_VOLUME_ML_EDEFAULT, oldLipoaspirateVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLipoaspirateVolumeMl() {
		return lipoaspirateVolumeMlESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InjectionSite> getInjectionSites() {
		if (injectionSites == null) {
			injectionSites = new EObjectContainmentEList<InjectionSite>(InjectionSite.class, this, StudyPackage.PROCEDURE__INJECTION_SITES);
		}
		return injectionSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellProduct getCellProduct() {
		if (cellProduct != null && cellProduct.eIsProxy()) {
			InternalEObject oldCellProduct = (InternalEObject)cellProduct;
			cellProduct = (CellProduct)eResolveProxy(oldCellProduct);
			if (cellProduct != oldCellProduct) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.PROCEDURE__CELL_PRODUCT, oldCellProduct, cellProduct));
			}
		}
		return cellProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CellProduct basicGetCellProduct() {
		return cellProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCellProduct(CellProduct newCellProduct) {
		CellProduct oldCellProduct = cellProduct;
		cellProduct = newCellProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__CELL_PRODUCT, oldCellProduct, cellProduct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DoseCalculation> getDoseCalculations() {
		if (doseCalculations == null) {
			doseCalculations = new EObjectContainmentEList<DoseCalculation>(DoseCalculation.class, this, StudyPackage.PROCEDURE__DOSE_CALCULATIONS);
		}
		return doseCalculations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.PROCEDURE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.PROCEDURE__INJECTION_SITES:
				return ((InternalEList<?>)getInjectionSites()).basicRemove(otherEnd, msgs);
			case StudyPackage.PROCEDURE__DOSE_CALCULATIONS:
				return ((InternalEList<?>)getDoseCalculations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.PROCEDURE__DATE:
				return getDate();
			case StudyPackage.PROCEDURE__TYPE:
				return getType();
			case StudyPackage.PROCEDURE__INTERVENTION:
				if (resolve) return getIntervention();
				return basicGetIntervention();
			case StudyPackage.PROCEDURE__VISIT:
				if (resolve) return getVisit();
				return basicGetVisit();
			case StudyPackage.PROCEDURE__SURGEON:
				return getSurgeon();
			case StudyPackage.PROCEDURE__HARVEST_SITE:
				return getHarvestSite();
			case StudyPackage.PROCEDURE__LIPOASPIRATE_VOLUME_ML:
				return getLipoaspirateVolumeMl();
			case StudyPackage.PROCEDURE__INJECTION_SITES:
				return getInjectionSites();
			case StudyPackage.PROCEDURE__CELL_PRODUCT:
				if (resolve) return getCellProduct();
				return basicGetCellProduct();
			case StudyPackage.PROCEDURE__DOSE_CALCULATIONS:
				return getDoseCalculations();
			case StudyPackage.PROCEDURE__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StudyPackage.PROCEDURE__DATE:
				setDate((Date)newValue);
				return;
			case StudyPackage.PROCEDURE__TYPE:
				setType((ProcedureType)newValue);
				return;
			case StudyPackage.PROCEDURE__INTERVENTION:
				setIntervention((Intervention)newValue);
				return;
			case StudyPackage.PROCEDURE__VISIT:
				setVisit((VisitDefinition)newValue);
				return;
			case StudyPackage.PROCEDURE__SURGEON:
				setSurgeon((String)newValue);
				return;
			case StudyPackage.PROCEDURE__HARVEST_SITE:
				setHarvestSite((String)newValue);
				return;
			case StudyPackage.PROCEDURE__LIPOASPIRATE_VOLUME_ML:
				setLipoaspirateVolumeMl((Double)newValue);
				return;
			case StudyPackage.PROCEDURE__INJECTION_SITES:
				getInjectionSites().clear();
				getInjectionSites().addAll((Collection<? extends InjectionSite>)newValue);
				return;
			case StudyPackage.PROCEDURE__CELL_PRODUCT:
				setCellProduct((CellProduct)newValue);
				return;
			case StudyPackage.PROCEDURE__DOSE_CALCULATIONS:
				getDoseCalculations().clear();
				getDoseCalculations().addAll((Collection<? extends DoseCalculation>)newValue);
				return;
			case StudyPackage.PROCEDURE__DESCRIPTION:
				setDescription((String)newValue);
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
			case StudyPackage.PROCEDURE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case StudyPackage.PROCEDURE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case StudyPackage.PROCEDURE__INTERVENTION:
				setIntervention((Intervention)null);
				return;
			case StudyPackage.PROCEDURE__VISIT:
				setVisit((VisitDefinition)null);
				return;
			case StudyPackage.PROCEDURE__SURGEON:
				setSurgeon(SURGEON_EDEFAULT);
				return;
			case StudyPackage.PROCEDURE__HARVEST_SITE:
				setHarvestSite(HARVEST_SITE_EDEFAULT);
				return;
			case StudyPackage.PROCEDURE__LIPOASPIRATE_VOLUME_ML:
				unsetLipoaspirateVolumeMl();
				return;
			case StudyPackage.PROCEDURE__INJECTION_SITES:
				getInjectionSites().clear();
				return;
			case StudyPackage.PROCEDURE__CELL_PRODUCT:
				setCellProduct((CellProduct)null);
				return;
			case StudyPackage.PROCEDURE__DOSE_CALCULATIONS:
				getDoseCalculations().clear();
				return;
			case StudyPackage.PROCEDURE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case StudyPackage.PROCEDURE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case StudyPackage.PROCEDURE__TYPE:
				return type != TYPE_EDEFAULT;
			case StudyPackage.PROCEDURE__INTERVENTION:
				return intervention != null;
			case StudyPackage.PROCEDURE__VISIT:
				return visit != null;
			case StudyPackage.PROCEDURE__SURGEON:
				return SURGEON_EDEFAULT == null ? surgeon != null : !SURGEON_EDEFAULT.equals(surgeon);
			case StudyPackage.PROCEDURE__HARVEST_SITE:
				return HARVEST_SITE_EDEFAULT == null ? harvestSite != null : !HARVEST_SITE_EDEFAULT.equals(harvestSite);
			case StudyPackage.PROCEDURE__LIPOASPIRATE_VOLUME_ML:
				return isSetLipoaspirateVolumeMl();
			case StudyPackage.PROCEDURE__INJECTION_SITES:
				return injectionSites != null && !injectionSites.isEmpty();
			case StudyPackage.PROCEDURE__CELL_PRODUCT:
				return cellProduct != null;
			case StudyPackage.PROCEDURE__DOSE_CALCULATIONS:
				return doseCalculations != null && !doseCalculations.isEmpty();
			case StudyPackage.PROCEDURE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", type: ");
		result.append(type);
		result.append(", surgeon: ");
		result.append(surgeon);
		result.append(", harvestSite: ");
		result.append(harvestSite);
		result.append(", lipoaspirateVolumeMl: ");
		if (lipoaspirateVolumeMlESet) result.append(lipoaspirateVolumeMl); else result.append("<unset>");
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ProcedureImpl
