/**
 */
package org.stroma.model.study.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Intervention;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.InterventionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.InterventionImpl#getTargetArea <em>Target Area</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.InterventionImpl#getPlannedInjectionSites <em>Planned Injection Sites</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class InterventionImpl extends IdentifiedImpl implements Intervention {
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
	 * The default value of the '{@link #getTargetArea() <em>Target Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArea()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetArea() <em>Target Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArea()
	 * @generated
	 * @ordered
	 */
	protected String targetArea = TARGET_AREA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlannedInjectionSites() <em>Planned Injection Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedInjectionSites()
	 * @generated
	 * @ordered
	 */
	protected EList<InjectionSite> plannedInjectionSites;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterventionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.INTERVENTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INTERVENTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetArea() {
		return targetArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetArea(String newTargetArea) {
		String oldTargetArea = targetArea;
		targetArea = newTargetArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.INTERVENTION__TARGET_AREA, oldTargetArea, targetArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InjectionSite> getPlannedInjectionSites() {
		if (plannedInjectionSites == null) {
			plannedInjectionSites = new EObjectContainmentEList<InjectionSite>(InjectionSite.class, this, StudyPackage.INTERVENTION__PLANNED_INJECTION_SITES);
		}
		return plannedInjectionSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.INTERVENTION__PLANNED_INJECTION_SITES:
				return ((InternalEList<?>)getPlannedInjectionSites()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.INTERVENTION__DESCRIPTION:
				return getDescription();
			case StudyPackage.INTERVENTION__TARGET_AREA:
				return getTargetArea();
			case StudyPackage.INTERVENTION__PLANNED_INJECTION_SITES:
				return getPlannedInjectionSites();
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
			case StudyPackage.INTERVENTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case StudyPackage.INTERVENTION__TARGET_AREA:
				setTargetArea((String)newValue);
				return;
			case StudyPackage.INTERVENTION__PLANNED_INJECTION_SITES:
				getPlannedInjectionSites().clear();
				getPlannedInjectionSites().addAll((Collection<? extends InjectionSite>)newValue);
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
			case StudyPackage.INTERVENTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case StudyPackage.INTERVENTION__TARGET_AREA:
				setTargetArea(TARGET_AREA_EDEFAULT);
				return;
			case StudyPackage.INTERVENTION__PLANNED_INJECTION_SITES:
				getPlannedInjectionSites().clear();
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
			case StudyPackage.INTERVENTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case StudyPackage.INTERVENTION__TARGET_AREA:
				return TARGET_AREA_EDEFAULT == null ? targetArea != null : !TARGET_AREA_EDEFAULT.equals(targetArea);
			case StudyPackage.INTERVENTION__PLANNED_INJECTION_SITES:
				return plannedInjectionSites != null && !plannedInjectionSites.isEmpty();
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
		result.append(" (description: ");
		result.append(description);
		result.append(", targetArea: ");
		result.append(targetArea);
		result.append(')');
		return result.toString();
	}

} //InterventionImpl
