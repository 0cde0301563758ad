/**
 */
package org.stroma.model.study.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.stroma.model.study.EligibilityOverride;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Eligibility Override</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.EligibilityOverrideImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.EligibilityOverrideImpl#getCriterionCodes <em>Criterion Codes</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.EligibilityOverrideImpl#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.EligibilityOverrideImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EligibilityOverrideImpl extends IdentifiedImpl implements EligibilityOverride {
	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriterionCodes() <em>Criterion Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterionCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> criterionCodes;

	/**
	 * The default value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected String approvedBy = APPROVED_BY_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EligibilityOverrideImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.ELIGIBILITY_OVERRIDE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ELIGIBILITY_OVERRIDE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCriterionCodes() {
		if (criterionCodes == null) {
			criterionCodes = new EDataTypeUniqueEList<String>(String.class, this, StudyPackage.ELIGIBILITY_OVERRIDE__CRITERION_CODES);
		}
		return criterionCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovedBy() {
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedBy(String newApprovedBy) {
		String oldApprovedBy = approvedBy;
		approvedBy = newApprovedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ELIGIBILITY_OVERRIDE__APPROVED_BY, oldApprovedBy, approvedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ELIGIBILITY_OVERRIDE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.ELIGIBILITY_OVERRIDE__REASON:
				return getReason();
			case StudyPackage.ELIGIBILITY_OVERRIDE__CRITERION_CODES:
				return getCriterionCodes();
			case StudyPackage.ELIGIBILITY_OVERRIDE__APPROVED_BY:
				return getApprovedBy();
			case StudyPackage.ELIGIBILITY_OVERRIDE__DATE:
				return getDate();
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
			case StudyPackage.ELIGIBILITY_OVERRIDE__REASON:
				setReason((String)newValue);
				return;
			case StudyPackage.ELIGIBILITY_OVERRIDE__CRITERION_CODES:
				getCriterionCodes().clear();
				getCriterionCodes().addAll((Collection<? extends String>)newValue);
				return;
			case StudyPackage.ELIGIBILITY_OVERRIDE__APPROVED_BY:
				setApprovedBy((String)newValue);
				return;
			case StudyPackage.ELIGIBILITY_OVERRIDE__DATE:
				setDate((Date)newValue);
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
			case StudyPackage.ELIGIBILITY_OVERRIDE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case StudyPackage.ELIGIBILITY_OVERRIDE__CRITERION_CODES:
				getCriterionCodes().clear();
				return;
			case StudyPackage.ELIGIBILITY_OVERRIDE__APPROVED_BY:
				setApprovedBy(APPROVED_BY_EDEFAULT);
				return;
			case StudyPackage.ELIGIBILITY_OVERRIDE__DATE:
				setDate(DATE_EDEFAULT);
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
			case StudyPackage.ELIGIBILITY_OVERRIDE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case StudyPackage.ELIGIBILITY_OVERRIDE__CRITERION_CODES:
				return criterionCodes != null && !criterionCodes.isEmpty();
			case StudyPackage.ELIGIBILITY_OVERRIDE__APPROVED_BY:
				return APPROVED_BY_EDEFAULT == null ? approvedBy != null : !APPROVED_BY_EDEFAULT.equals(approvedBy);
			case StudyPackage.ELIGIBILITY_OVERRIDE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
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
		result.append(" (reason: ");
		result.append(reason);
		result.append(", criterionCodes: ");
		result.append(criterionCodes);
		result.append(", approvedBy: ");
		result.append(approvedBy);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //EligibilityOverrideImpl
