/**
 */
package org.stroma.model.study.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.DiagnosisCriterion;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagnosis Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.DiagnosisCriterionImpl#getDiagnosis <em>Diagnosis</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.DiagnosisCriterionImpl#getAllowedSubtypes <em>Allowed Subtypes</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.DiagnosisCriterionImpl#getSupportingInstrumentId <em>Supporting Instrument Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosisCriterionImpl extends EligibilityCriterionImpl implements DiagnosisCriterion {
	/**
	 * The default value of the '{@link #getDiagnosis() <em>Diagnosis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosis()
	 * @generated
	 * @ordered
	 */
	protected static final Diagnosis DIAGNOSIS_EDEFAULT = Diagnosis.LOCALIZED_SCLERODERMA;

	/**
	 * The cached value of the '{@link #getDiagnosis() <em>Diagnosis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosis()
	 * @generated
	 * @ordered
	 */
	protected Diagnosis diagnosis = DIAGNOSIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedSubtypes() <em>Allowed Subtypes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedSubtypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowedSubtypes;

	/**
	 * The default value of the '{@link #getSupportingInstrumentId() <em>Supporting Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportingInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORTING_INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportingInstrumentId() <em>Supporting Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportingInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String supportingInstrumentId = SUPPORTING_INSTRUMENT_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagnosisCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.DIAGNOSIS_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnosis getDiagnosis() {
		return diagnosis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagnosis(Diagnosis newDiagnosis) {
		Diagnosis oldDiagnosis = diagnosis;
		diagnosis = newDiagnosis == null ? DIAGNOSIS_EDEFAULT : newDiagnosis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DIAGNOSIS_CRITERION__DIAGNOSIS, oldDiagnosis, diagnosis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowedSubtypes() {
		if (allowedSubtypes == null) {
			allowedSubtypes = new EDataTypeUniqueEList<String>(String.class, this, StudyPackage.DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES);
		}
		return allowedSubtypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportingInstrumentId() {
		return supportingInstrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportingInstrumentId(String newSupportingInstrumentId) {
		String oldSupportingInstrumentId = supportingInstrumentId;
		supportingInstrumentId = newSupportingInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID, oldSupportingInstrumentId, supportingInstrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.DIAGNOSIS_CRITERION__DIAGNOSIS:
				return getDiagnosis();
			case StudyPackage.DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES:
				return getAllowedSubtypes();
			case StudyPackage.DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID:
				return getSupportingInstrumentId();
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
			case StudyPackage.DIAGNOSIS_CRITERION__DIAGNOSIS:
				setDiagnosis((Diagnosis)newValue);
				return;
			case StudyPackage.DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES:
				getAllowedSubtypes().clear();
				getAllowedSubtypes().addAll((Collection<? extends String>)newValue);
				return;
			case StudyPackage.DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID:
				setSupportingInstrumentId((String)newValue);
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
			case StudyPackage.DIAGNOSIS_CRITERION__DIAGNOSIS:
				setDiagnosis(DIAGNOSIS_EDEFAULT);
				return;
			case StudyPackage.DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES:
				getAllowedSubtypes().clear();
				return;
			case StudyPackage.DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID:
				setSupportingInstrumentId(SUPPORTING_INSTRUMENT_ID_EDEFAULT);
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
			case StudyPackage.DIAGNOSIS_CRITERION__DIAGNOSIS:
				return diagnosis != DIAGNOSIS_EDEFAULT;
			case StudyPackage.DIAGNOSIS_CRITERION__ALLOWED_SUBTYPES:
				return allowedSubtypes != null && !allowedSubtypes.isEmpty();
			case StudyPackage.DIAGNOSIS_CRITERION__SUPPORTING_INSTRUMENT_ID:
				return SUPPORTING_INSTRUMENT_ID_EDEFAULT == null ? supportingInstrumentId != null : !SUPPORTING_INSTRUMENT_ID_EDEFAULT.equals(supportingInstrumentId);
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
		result.append(" (diagnosis: ");
		result.append(diagnosis);
		result.append(", allowedSubtypes: ");
		result.append(allowedSubtypes);
		result.append(", supportingInstrumentId: ");
		result.append(supportingInstrumentId);
		result.append(')');
		return result.toString();
	}

} //DiagnosisCriterionImpl
