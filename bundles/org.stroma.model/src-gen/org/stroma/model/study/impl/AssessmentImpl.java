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

import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getInstrumentVersion <em>Instrument Version</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#isAssessorBlinded <em>Assessor Blinded</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getItemValues <em>Item Values</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AssessmentImpl#getScoreValues <em>Score Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiedImpl implements Assessment {
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
	 * The default value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String instrumentId = INSTRUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstrumentVersion() <em>Instrument Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int INSTRUMENT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInstrumentVersion() <em>Instrument Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentVersion()
	 * @generated
	 * @ordered
	 */
	protected int instrumentVersion = INSTRUMENT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSESSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected String assessor = ASSESSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isAssessorBlinded() <em>Assessor Blinded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAssessorBlinded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ASSESSOR_BLINDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAssessorBlinded() <em>Assessor Blinded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAssessorBlinded()
	 * @generated
	 * @ordered
	 */
	protected boolean assessorBlinded = ASSESSOR_BLINDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItemValues() <em>Item Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemValue> itemValues;

	/**
	 * The cached value of the '{@link #getScoreValues() <em>Score Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoreValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoreValue> scoreValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.ASSESSMENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.ASSESSMENT__VISIT, oldVisit, visit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ASSESSMENT__VISIT, oldVisit, visit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ASSESSMENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentId(String newInstrumentId) {
		String oldInstrumentId = instrumentId;
		instrumentId = newInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ASSESSMENT__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInstrumentVersion() {
		return instrumentVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentVersion(int newInstrumentVersion) {
		int oldInstrumentVersion = instrumentVersion;
		instrumentVersion = newInstrumentVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ASSESSMENT__INSTRUMENT_VERSION, oldInstrumentVersion, instrumentVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssessor() {
		return assessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessor(String newAssessor) {
		String oldAssessor = assessor;
		assessor = newAssessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ASSESSMENT__ASSESSOR, oldAssessor, assessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAssessorBlinded() {
		return assessorBlinded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessorBlinded(boolean newAssessorBlinded) {
		boolean oldAssessorBlinded = assessorBlinded;
		assessorBlinded = newAssessorBlinded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ASSESSMENT__ASSESSOR_BLINDED, oldAssessorBlinded, assessorBlinded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ASSESSMENT__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemValue> getItemValues() {
		if (itemValues == null) {
			itemValues = new EObjectContainmentEList<ItemValue>(ItemValue.class, this, StudyPackage.ASSESSMENT__ITEM_VALUES);
		}
		return itemValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoreValue> getScoreValues() {
		if (scoreValues == null) {
			scoreValues = new EObjectContainmentEList<ScoreValue>(ScoreValue.class, this, StudyPackage.ASSESSMENT__SCORE_VALUES);
		}
		return scoreValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.ASSESSMENT__ITEM_VALUES:
				return ((InternalEList<?>)getItemValues()).basicRemove(otherEnd, msgs);
			case StudyPackage.ASSESSMENT__SCORE_VALUES:
				return ((InternalEList<?>)getScoreValues()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.ASSESSMENT__VISIT:
				if (resolve) return getVisit();
				return basicGetVisit();
			case StudyPackage.ASSESSMENT__DATE:
				return getDate();
			case StudyPackage.ASSESSMENT__INSTRUMENT_ID:
				return getInstrumentId();
			case StudyPackage.ASSESSMENT__INSTRUMENT_VERSION:
				return getInstrumentVersion();
			case StudyPackage.ASSESSMENT__ASSESSOR:
				return getAssessor();
			case StudyPackage.ASSESSMENT__ASSESSOR_BLINDED:
				return isAssessorBlinded();
			case StudyPackage.ASSESSMENT__METHOD:
				return getMethod();
			case StudyPackage.ASSESSMENT__ITEM_VALUES:
				return getItemValues();
			case StudyPackage.ASSESSMENT__SCORE_VALUES:
				return getScoreValues();
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
			case StudyPackage.ASSESSMENT__VISIT:
				setVisit((VisitDefinition)newValue);
				return;
			case StudyPackage.ASSESSMENT__DATE:
				setDate((Date)newValue);
				return;
			case StudyPackage.ASSESSMENT__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case StudyPackage.ASSESSMENT__INSTRUMENT_VERSION:
				setInstrumentVersion((Integer)newValue);
				return;
			case StudyPackage.ASSESSMENT__ASSESSOR:
				setAssessor((String)newValue);
				return;
			case StudyPackage.ASSESSMENT__ASSESSOR_BLINDED:
				setAssessorBlinded((Boolean)newValue);
				return;
			case StudyPackage.ASSESSMENT__METHOD:
				setMethod((String)newValue);
				return;
			case StudyPackage.ASSESSMENT__ITEM_VALUES:
				getItemValues().clear();
				getItemValues().addAll((Collection<? extends ItemValue>)newValue);
				return;
			case StudyPackage.ASSESSMENT__SCORE_VALUES:
				getScoreValues().clear();
				getScoreValues().addAll((Collection<? extends ScoreValue>)newValue);
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
			case StudyPackage.ASSESSMENT__VISIT:
				setVisit((VisitDefinition)null);
				return;
			case StudyPackage.ASSESSMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case StudyPackage.ASSESSMENT__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case StudyPackage.ASSESSMENT__INSTRUMENT_VERSION:
				setInstrumentVersion(INSTRUMENT_VERSION_EDEFAULT);
				return;
			case StudyPackage.ASSESSMENT__ASSESSOR:
				setAssessor(ASSESSOR_EDEFAULT);
				return;
			case StudyPackage.ASSESSMENT__ASSESSOR_BLINDED:
				setAssessorBlinded(ASSESSOR_BLINDED_EDEFAULT);
				return;
			case StudyPackage.ASSESSMENT__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case StudyPackage.ASSESSMENT__ITEM_VALUES:
				getItemValues().clear();
				return;
			case StudyPackage.ASSESSMENT__SCORE_VALUES:
				getScoreValues().clear();
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
			case StudyPackage.ASSESSMENT__VISIT:
				return visit != null;
			case StudyPackage.ASSESSMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case StudyPackage.ASSESSMENT__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case StudyPackage.ASSESSMENT__INSTRUMENT_VERSION:
				return instrumentVersion != INSTRUMENT_VERSION_EDEFAULT;
			case StudyPackage.ASSESSMENT__ASSESSOR:
				return ASSESSOR_EDEFAULT == null ? assessor != null : !ASSESSOR_EDEFAULT.equals(assessor);
			case StudyPackage.ASSESSMENT__ASSESSOR_BLINDED:
				return assessorBlinded != ASSESSOR_BLINDED_EDEFAULT;
			case StudyPackage.ASSESSMENT__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case StudyPackage.ASSESSMENT__ITEM_VALUES:
				return itemValues != null && !itemValues.isEmpty();
			case StudyPackage.ASSESSMENT__SCORE_VALUES:
				return scoreValues != null && !scoreValues.isEmpty();
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
		result.append(", instrumentId: ");
		result.append(instrumentId);
		result.append(", instrumentVersion: ");
		result.append(instrumentVersion);
		result.append(", assessor: ");
		result.append(assessor);
		result.append(", assessorBlinded: ");
		result.append(assessorBlinded);
		result.append(", method: ");
		result.append(method);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
