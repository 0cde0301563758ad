/**
 */
package org.stroma.model.study.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Visit Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.VisitDefinitionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VisitDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VisitDefinitionImpl#getTargetDay <em>Target Day</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VisitDefinitionImpl#getWindowBeforeDays <em>Window Before Days</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VisitDefinitionImpl#getWindowAfterDays <em>Window After Days</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.VisitDefinitionImpl#getInstrumentIds <em>Instrument Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VisitDefinitionImpl extends IdentifiedImpl implements VisitDefinition {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDay() <em>Target Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDay()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_DAY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTargetDay() <em>Target Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDay()
	 * @generated
	 * @ordered
	 */
	protected int targetDay = TARGET_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowBeforeDays() <em>Window Before Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowBeforeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_BEFORE_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWindowBeforeDays() <em>Window Before Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowBeforeDays()
	 * @generated
	 * @ordered
	 */
	protected int windowBeforeDays = WINDOW_BEFORE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowAfterDays() <em>Window After Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowAfterDays()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_AFTER_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWindowAfterDays() <em>Window After Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowAfterDays()
	 * @generated
	 * @ordered
	 */
	protected int windowAfterDays = WINDOW_AFTER_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstrumentIds() <em>Instrument Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> instrumentIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VisitDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.VISIT_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VISIT_DEFINITION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VISIT_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTargetDay() {
		return targetDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDay(int newTargetDay) {
		int oldTargetDay = targetDay;
		targetDay = newTargetDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VISIT_DEFINITION__TARGET_DAY, oldTargetDay, targetDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowBeforeDays() {
		return windowBeforeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowBeforeDays(int newWindowBeforeDays) {
		int oldWindowBeforeDays = windowBeforeDays;
		windowBeforeDays = newWindowBeforeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS, oldWindowBeforeDays, windowBeforeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowAfterDays() {
		return windowAfterDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowAfterDays(int newWindowAfterDays) {
		int oldWindowAfterDays = windowAfterDays;
		windowAfterDays = newWindowAfterDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS, oldWindowAfterDays, windowAfterDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInstrumentIds() {
		if (instrumentIds == null) {
			instrumentIds = new EDataTypeUniqueEList<String>(String.class, this, StudyPackage.VISIT_DEFINITION__INSTRUMENT_IDS);
		}
		return instrumentIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.VISIT_DEFINITION__CODE:
				return getCode();
			case StudyPackage.VISIT_DEFINITION__NAME:
				return getName();
			case StudyPackage.VISIT_DEFINITION__TARGET_DAY:
				return getTargetDay();
			case StudyPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				return getWindowBeforeDays();
			case StudyPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				return getWindowAfterDays();
			case StudyPackage.VISIT_DEFINITION__INSTRUMENT_IDS:
				return getInstrumentIds();
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
			case StudyPackage.VISIT_DEFINITION__CODE:
				setCode((String)newValue);
				return;
			case StudyPackage.VISIT_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case StudyPackage.VISIT_DEFINITION__TARGET_DAY:
				setTargetDay((Integer)newValue);
				return;
			case StudyPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				setWindowBeforeDays((Integer)newValue);
				return;
			case StudyPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				setWindowAfterDays((Integer)newValue);
				return;
			case StudyPackage.VISIT_DEFINITION__INSTRUMENT_IDS:
				getInstrumentIds().clear();
				getInstrumentIds().addAll((Collection<? extends String>)newValue);
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
			case StudyPackage.VISIT_DEFINITION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case StudyPackage.VISIT_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudyPackage.VISIT_DEFINITION__TARGET_DAY:
				setTargetDay(TARGET_DAY_EDEFAULT);
				return;
			case StudyPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				setWindowBeforeDays(WINDOW_BEFORE_DAYS_EDEFAULT);
				return;
			case StudyPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				setWindowAfterDays(WINDOW_AFTER_DAYS_EDEFAULT);
				return;
			case StudyPackage.VISIT_DEFINITION__INSTRUMENT_IDS:
				getInstrumentIds().clear();
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
			case StudyPackage.VISIT_DEFINITION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case StudyPackage.VISIT_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudyPackage.VISIT_DEFINITION__TARGET_DAY:
				return targetDay != TARGET_DAY_EDEFAULT;
			case StudyPackage.VISIT_DEFINITION__WINDOW_BEFORE_DAYS:
				return windowBeforeDays != WINDOW_BEFORE_DAYS_EDEFAULT;
			case StudyPackage.VISIT_DEFINITION__WINDOW_AFTER_DAYS:
				return windowAfterDays != WINDOW_AFTER_DAYS_EDEFAULT;
			case StudyPackage.VISIT_DEFINITION__INSTRUMENT_IDS:
				return instrumentIds != null && !instrumentIds.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", targetDay: ");
		result.append(targetDay);
		result.append(", windowBeforeDays: ");
		result.append(windowBeforeDays);
		result.append(", windowAfterDays: ");
		result.append(windowAfterDays);
		result.append(", instrumentIds: ");
		result.append(instrumentIds);
		result.append(')');
		return result.toString();
	}

} //VisitDefinitionImpl
