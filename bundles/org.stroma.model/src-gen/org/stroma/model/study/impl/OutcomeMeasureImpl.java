/**
 */
package org.stroma.model.study.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.OutcomeKind;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outcome Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getScoreCode <em>Score Code</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getTimePoint <em>Time Point</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getAnalysisId <em>Analysis Id</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.OutcomeMeasureImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomeMeasureImpl extends IdentifiedImpl implements OutcomeMeasure {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OutcomeKind KIND_EDEFAULT = OutcomeKind.PRIMARY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OutcomeKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getScoreCode() <em>Score Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoreCode()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScoreCode() <em>Score Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoreCode()
	 * @generated
	 * @ordered
	 */
	protected String scoreCode = SCORE_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTimePoint() <em>Time Point</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimePoint()
	 * @generated
	 * @ordered
	 */
	protected VisitDefinition timePoint;

	/**
	 * The default value of the '{@link #getAnalysisId() <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisId()
	 * @generated
	 * @ordered
	 */
	protected static final String ANALYSIS_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalysisId() <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisId()
	 * @generated
	 * @ordered
	 */
	protected String analysisId = ANALYSIS_ID_EDEFAULT;

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
	protected OutcomeMeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.OUTCOME_MEASURE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OutcomeKind newKind) {
		OutcomeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScoreCode() {
		return scoreCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoreCode(String newScoreCode) {
		String oldScoreCode = scoreCode;
		scoreCode = newScoreCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__SCORE_CODE, oldScoreCode, scoreCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitDefinition getTimePoint() {
		if (timePoint != null && timePoint.eIsProxy()) {
			InternalEObject oldTimePoint = (InternalEObject)timePoint;
			timePoint = (VisitDefinition)eResolveProxy(oldTimePoint);
			if (timePoint != oldTimePoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.OUTCOME_MEASURE__TIME_POINT, oldTimePoint, timePoint));
			}
		}
		return timePoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitDefinition basicGetTimePoint() {
		return timePoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimePoint(VisitDefinition newTimePoint) {
		VisitDefinition oldTimePoint = timePoint;
		timePoint = newTimePoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__TIME_POINT, oldTimePoint, timePoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnalysisId() {
		return analysisId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisId(String newAnalysisId) {
		String oldAnalysisId = analysisId;
		analysisId = newAnalysisId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__ANALYSIS_ID, oldAnalysisId, analysisId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.OUTCOME_MEASURE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.OUTCOME_MEASURE__CODE:
				return getCode();
			case StudyPackage.OUTCOME_MEASURE__TITLE:
				return getTitle();
			case StudyPackage.OUTCOME_MEASURE__KIND:
				return getKind();
			case StudyPackage.OUTCOME_MEASURE__INSTRUMENT_ID:
				return getInstrumentId();
			case StudyPackage.OUTCOME_MEASURE__SCORE_CODE:
				return getScoreCode();
			case StudyPackage.OUTCOME_MEASURE__TIME_POINT:
				if (resolve) return getTimePoint();
				return basicGetTimePoint();
			case StudyPackage.OUTCOME_MEASURE__ANALYSIS_ID:
				return getAnalysisId();
			case StudyPackage.OUTCOME_MEASURE__DESCRIPTION:
				return getDescription();
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
			case StudyPackage.OUTCOME_MEASURE__CODE:
				setCode((String)newValue);
				return;
			case StudyPackage.OUTCOME_MEASURE__TITLE:
				setTitle((String)newValue);
				return;
			case StudyPackage.OUTCOME_MEASURE__KIND:
				setKind((OutcomeKind)newValue);
				return;
			case StudyPackage.OUTCOME_MEASURE__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case StudyPackage.OUTCOME_MEASURE__SCORE_CODE:
				setScoreCode((String)newValue);
				return;
			case StudyPackage.OUTCOME_MEASURE__TIME_POINT:
				setTimePoint((VisitDefinition)newValue);
				return;
			case StudyPackage.OUTCOME_MEASURE__ANALYSIS_ID:
				setAnalysisId((String)newValue);
				return;
			case StudyPackage.OUTCOME_MEASURE__DESCRIPTION:
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
			case StudyPackage.OUTCOME_MEASURE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case StudyPackage.OUTCOME_MEASURE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case StudyPackage.OUTCOME_MEASURE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudyPackage.OUTCOME_MEASURE__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case StudyPackage.OUTCOME_MEASURE__SCORE_CODE:
				setScoreCode(SCORE_CODE_EDEFAULT);
				return;
			case StudyPackage.OUTCOME_MEASURE__TIME_POINT:
				setTimePoint((VisitDefinition)null);
				return;
			case StudyPackage.OUTCOME_MEASURE__ANALYSIS_ID:
				setAnalysisId(ANALYSIS_ID_EDEFAULT);
				return;
			case StudyPackage.OUTCOME_MEASURE__DESCRIPTION:
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
			case StudyPackage.OUTCOME_MEASURE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case StudyPackage.OUTCOME_MEASURE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case StudyPackage.OUTCOME_MEASURE__KIND:
				return kind != KIND_EDEFAULT;
			case StudyPackage.OUTCOME_MEASURE__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case StudyPackage.OUTCOME_MEASURE__SCORE_CODE:
				return SCORE_CODE_EDEFAULT == null ? scoreCode != null : !SCORE_CODE_EDEFAULT.equals(scoreCode);
			case StudyPackage.OUTCOME_MEASURE__TIME_POINT:
				return timePoint != null;
			case StudyPackage.OUTCOME_MEASURE__ANALYSIS_ID:
				return ANALYSIS_ID_EDEFAULT == null ? analysisId != null : !ANALYSIS_ID_EDEFAULT.equals(analysisId);
			case StudyPackage.OUTCOME_MEASURE__DESCRIPTION:
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", kind: ");
		result.append(kind);
		result.append(", instrumentId: ");
		result.append(instrumentId);
		result.append(", scoreCode: ");
		result.append(scoreCode);
		result.append(", analysisId: ");
		result.append(analysisId);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //OutcomeMeasureImpl
