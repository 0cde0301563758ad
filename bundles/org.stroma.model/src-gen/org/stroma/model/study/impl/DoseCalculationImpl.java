/**
 */
package org.stroma.model.study.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dose Calculation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.DoseCalculationImpl#getCalculation <em>Calculation</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.DoseCalculationImpl#getFormulaVersion <em>Formula Version</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.DoseCalculationImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.DoseCalculationImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.DoseCalculationImpl#getCalculatedBy <em>Calculated By</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.DoseCalculationImpl#getCalculatedAt <em>Calculated At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DoseCalculationImpl extends IdentifiedImpl implements DoseCalculation {
	/**
	 * The default value of the '{@link #getCalculation() <em>Calculation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalculation()
	 * @generated
	 * @ordered
	 */
	protected static final String CALCULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalculation() <em>Calculation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalculation()
	 * @generated
	 * @ordered
	 */
	protected String calculation = CALCULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormulaVersion() <em>Formula Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormulaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMULA_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormulaVersion() <em>Formula Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormulaVersion()
	 * @generated
	 * @ordered
	 */
	protected String formulaVersion = FORMULA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputs() <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected String inputs = INPUTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected String result = RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCalculatedBy() <em>Calculated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalculatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CALCULATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalculatedBy() <em>Calculated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalculatedBy()
	 * @generated
	 * @ordered
	 */
	protected String calculatedBy = CALCULATED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCalculatedAt() <em>Calculated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalculatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CALCULATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalculatedAt() <em>Calculated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalculatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date calculatedAt = CALCULATED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DoseCalculationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.DOSE_CALCULATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCalculation() {
		return calculation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalculation(String newCalculation) {
		String oldCalculation = calculation;
		calculation = newCalculation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DOSE_CALCULATION__CALCULATION, oldCalculation, calculation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormulaVersion() {
		return formulaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormulaVersion(String newFormulaVersion) {
		String oldFormulaVersion = formulaVersion;
		formulaVersion = newFormulaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DOSE_CALCULATION__FORMULA_VERSION, oldFormulaVersion, formulaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputs() {
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputs(String newInputs) {
		String oldInputs = inputs;
		inputs = newInputs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DOSE_CALCULATION__INPUTS, oldInputs, inputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(String newResult) {
		String oldResult = result;
		result = newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DOSE_CALCULATION__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCalculatedBy() {
		return calculatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalculatedBy(String newCalculatedBy) {
		String oldCalculatedBy = calculatedBy;
		calculatedBy = newCalculatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DOSE_CALCULATION__CALCULATED_BY, oldCalculatedBy, calculatedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCalculatedAt() {
		return calculatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalculatedAt(Date newCalculatedAt) {
		Date oldCalculatedAt = calculatedAt;
		calculatedAt = newCalculatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DOSE_CALCULATION__CALCULATED_AT, oldCalculatedAt, calculatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.DOSE_CALCULATION__CALCULATION:
				return getCalculation();
			case StudyPackage.DOSE_CALCULATION__FORMULA_VERSION:
				return getFormulaVersion();
			case StudyPackage.DOSE_CALCULATION__INPUTS:
				return getInputs();
			case StudyPackage.DOSE_CALCULATION__RESULT:
				return getResult();
			case StudyPackage.DOSE_CALCULATION__CALCULATED_BY:
				return getCalculatedBy();
			case StudyPackage.DOSE_CALCULATION__CALCULATED_AT:
				return getCalculatedAt();
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
			case StudyPackage.DOSE_CALCULATION__CALCULATION:
				setCalculation((String)newValue);
				return;
			case StudyPackage.DOSE_CALCULATION__FORMULA_VERSION:
				setFormulaVersion((String)newValue);
				return;
			case StudyPackage.DOSE_CALCULATION__INPUTS:
				setInputs((String)newValue);
				return;
			case StudyPackage.DOSE_CALCULATION__RESULT:
				setResult((String)newValue);
				return;
			case StudyPackage.DOSE_CALCULATION__CALCULATED_BY:
				setCalculatedBy((String)newValue);
				return;
			case StudyPackage.DOSE_CALCULATION__CALCULATED_AT:
				setCalculatedAt((Date)newValue);
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
			case StudyPackage.DOSE_CALCULATION__CALCULATION:
				setCalculation(CALCULATION_EDEFAULT);
				return;
			case StudyPackage.DOSE_CALCULATION__FORMULA_VERSION:
				setFormulaVersion(FORMULA_VERSION_EDEFAULT);
				return;
			case StudyPackage.DOSE_CALCULATION__INPUTS:
				setInputs(INPUTS_EDEFAULT);
				return;
			case StudyPackage.DOSE_CALCULATION__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case StudyPackage.DOSE_CALCULATION__CALCULATED_BY:
				setCalculatedBy(CALCULATED_BY_EDEFAULT);
				return;
			case StudyPackage.DOSE_CALCULATION__CALCULATED_AT:
				setCalculatedAt(CALCULATED_AT_EDEFAULT);
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
			case StudyPackage.DOSE_CALCULATION__CALCULATION:
				return CALCULATION_EDEFAULT == null ? calculation != null : !CALCULATION_EDEFAULT.equals(calculation);
			case StudyPackage.DOSE_CALCULATION__FORMULA_VERSION:
				return FORMULA_VERSION_EDEFAULT == null ? formulaVersion != null : !FORMULA_VERSION_EDEFAULT.equals(formulaVersion);
			case StudyPackage.DOSE_CALCULATION__INPUTS:
				return INPUTS_EDEFAULT == null ? inputs != null : !INPUTS_EDEFAULT.equals(inputs);
			case StudyPackage.DOSE_CALCULATION__RESULT:
				return RESULT_EDEFAULT == null ? result != null : !RESULT_EDEFAULT.equals(result);
			case StudyPackage.DOSE_CALCULATION__CALCULATED_BY:
				return CALCULATED_BY_EDEFAULT == null ? calculatedBy != null : !CALCULATED_BY_EDEFAULT.equals(calculatedBy);
			case StudyPackage.DOSE_CALCULATION__CALCULATED_AT:
				return CALCULATED_AT_EDEFAULT == null ? calculatedAt != null : !CALCULATED_AT_EDEFAULT.equals(calculatedAt);
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
		result.append(" (calculation: ");
		result.append(calculation);
		result.append(", formulaVersion: ");
		result.append(formulaVersion);
		result.append(", inputs: ");
		result.append(inputs);
		result.append(", result: ");
		result.append(result);
		result.append(", calculatedBy: ");
		result.append(calculatedBy);
		result.append(", calculatedAt: ");
		result.append(calculatedAt);
		result.append(')');
		return result.toString();
	}

} //DoseCalculationImpl
