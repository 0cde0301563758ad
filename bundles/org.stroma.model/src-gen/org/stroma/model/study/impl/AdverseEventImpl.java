/**
 */
package org.stroma.model.study.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.StudyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adverse Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getTerm <em>Term</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getOnsetDate <em>Onset Date</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getResolutionDate <em>Resolution Date</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#isSerious <em>Serious</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getCtcaeGrade <em>Ctcae Grade</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getRelatedness <em>Relatedness</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getActionTaken <em>Action Taken</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.AdverseEventImpl#getProcedure <em>Procedure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdverseEventImpl extends IdentifiedImpl implements AdverseEvent {
	/**
	 * The default value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected static final String TERM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected String term = TERM_EDEFAULT;

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
	 * The default value of the '{@link #getOnsetDate() <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date ONSET_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnsetDate() <em>Onset Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetDate()
	 * @generated
	 * @ordered
	 */
	protected Date onsetDate = ONSET_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolutionDate() <em>Resolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date RESOLUTION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolutionDate() <em>Resolution Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionDate()
	 * @generated
	 * @ordered
	 */
	protected Date resolutionDate = RESOLUTION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSerious() <em>Serious</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSerious()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SERIOUS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSerious() <em>Serious</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSerious()
	 * @generated
	 * @ordered
	 */
	protected boolean serious = SERIOUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCtcaeGrade() <em>Ctcae Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCtcaeGrade()
	 * @generated
	 * @ordered
	 */
	protected static final int CTCAE_GRADE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCtcaeGrade() <em>Ctcae Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCtcaeGrade()
	 * @generated
	 * @ordered
	 */
	protected int ctcaeGrade = CTCAE_GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelatedness() <em>Relatedness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedness()
	 * @generated
	 * @ordered
	 */
	protected static final Relatedness RELATEDNESS_EDEFAULT = Relatedness.NOT_RELATED;

	/**
	 * The cached value of the '{@link #getRelatedness() <em>Relatedness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedness()
	 * @generated
	 * @ordered
	 */
	protected Relatedness relatedness = RELATEDNESS_EDEFAULT;

	/**
	 * This is true if the Relatedness attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean relatednessESet;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final AdverseEventOutcome OUTCOME_EDEFAULT = AdverseEventOutcome.RECOVERED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected AdverseEventOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * This is true if the Outcome attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean outcomeESet;

	/**
	 * The default value of the '{@link #getActionTaken() <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionTaken()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_TAKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActionTaken() <em>Action Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionTaken()
	 * @generated
	 * @ordered
	 */
	protected String actionTaken = ACTION_TAKEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProcedure() <em>Procedure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedure()
	 * @generated
	 * @ordered
	 */
	protected Procedure procedure;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdverseEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.ADVERSE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTerm() {
		return term;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerm(String newTerm) {
		String oldTerm = term;
		term = newTerm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__TERM, oldTerm, term));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOnsetDate() {
		return onsetDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnsetDate(Date newOnsetDate) {
		Date oldOnsetDate = onsetDate;
		onsetDate = newOnsetDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__ONSET_DATE, oldOnsetDate, onsetDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getResolutionDate() {
		return resolutionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolutionDate(Date newResolutionDate) {
		Date oldResolutionDate = resolutionDate;
		resolutionDate = newResolutionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__RESOLUTION_DATE, oldResolutionDate, resolutionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSerious() {
		return serious;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerious(boolean newSerious) {
		boolean oldSerious = serious;
		serious = newSerious;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__SERIOUS, oldSerious, serious));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCtcaeGrade() {
		return ctcaeGrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCtcaeGrade(int newCtcaeGrade) {
		int oldCtcaeGrade = ctcaeGrade;
		ctcaeGrade = newCtcaeGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__CTCAE_GRADE, oldCtcaeGrade, ctcaeGrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relatedness getRelatedness() {
		return relatedness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelatedness(Relatedness newRelatedness) {
		Relatedness oldRelatedness = relatedness;
		relatedness = newRelatedness == null ? RELATEDNESS_EDEFAULT : newRelatedness;
		boolean oldRelatednessESet = relatednessESet;
		relatednessESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__RELATEDNESS, oldRelatedness, relatedness, !oldRelatednessESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRelatedness() {
		Relatedness oldRelatedness = relatedness;
		boolean oldRelatednessESet = relatednessESet;
		relatedness = RELATEDNESS_EDEFAULT;
		relatednessESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.ADVERSE_EVENT__RELATEDNESS, oldRelatedness, RELATEDNESS_EDEFAULT, oldRelatednessESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRelatedness() {
		return relatednessESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdverseEventOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(AdverseEventOutcome newOutcome) {
		AdverseEventOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		boolean oldOutcomeESet = outcomeESet;
		outcomeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__OUTCOME, oldOutcome, outcome, !oldOutcomeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOutcome() {
		AdverseEventOutcome oldOutcome = outcome;
		boolean oldOutcomeESet = outcomeESet;
		outcome = OUTCOME_EDEFAULT;
		outcomeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.ADVERSE_EVENT__OUTCOME, oldOutcome, OUTCOME_EDEFAULT, oldOutcomeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOutcome() {
		return outcomeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActionTaken() {
		return actionTaken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionTaken(String newActionTaken) {
		String oldActionTaken = actionTaken;
		actionTaken = newActionTaken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__ACTION_TAKEN, oldActionTaken, actionTaken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Procedure getProcedure() {
		if (procedure != null && procedure.eIsProxy()) {
			InternalEObject oldProcedure = (InternalEObject)procedure;
			procedure = (Procedure)eResolveProxy(oldProcedure);
			if (procedure != oldProcedure) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.ADVERSE_EVENT__PROCEDURE, oldProcedure, procedure));
			}
		}
		return procedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Procedure basicGetProcedure() {
		return procedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcedure(Procedure newProcedure) {
		Procedure oldProcedure = procedure;
		procedure = newProcedure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.ADVERSE_EVENT__PROCEDURE, oldProcedure, procedure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.ADVERSE_EVENT__TERM:
				return getTerm();
			case StudyPackage.ADVERSE_EVENT__DESCRIPTION:
				return getDescription();
			case StudyPackage.ADVERSE_EVENT__ONSET_DATE:
				return getOnsetDate();
			case StudyPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				return getResolutionDate();
			case StudyPackage.ADVERSE_EVENT__SERIOUS:
				return isSerious();
			case StudyPackage.ADVERSE_EVENT__CTCAE_GRADE:
				return getCtcaeGrade();
			case StudyPackage.ADVERSE_EVENT__RELATEDNESS:
				return getRelatedness();
			case StudyPackage.ADVERSE_EVENT__OUTCOME:
				return getOutcome();
			case StudyPackage.ADVERSE_EVENT__ACTION_TAKEN:
				return getActionTaken();
			case StudyPackage.ADVERSE_EVENT__PROCEDURE:
				if (resolve) return getProcedure();
				return basicGetProcedure();
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
			case StudyPackage.ADVERSE_EVENT__TERM:
				setTerm((String)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__ONSET_DATE:
				setOnsetDate((Date)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				setResolutionDate((Date)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__SERIOUS:
				setSerious((Boolean)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__CTCAE_GRADE:
				setCtcaeGrade((Integer)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__RELATEDNESS:
				setRelatedness((Relatedness)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__OUTCOME:
				setOutcome((AdverseEventOutcome)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__ACTION_TAKEN:
				setActionTaken((String)newValue);
				return;
			case StudyPackage.ADVERSE_EVENT__PROCEDURE:
				setProcedure((Procedure)newValue);
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
			case StudyPackage.ADVERSE_EVENT__TERM:
				setTerm(TERM_EDEFAULT);
				return;
			case StudyPackage.ADVERSE_EVENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case StudyPackage.ADVERSE_EVENT__ONSET_DATE:
				setOnsetDate(ONSET_DATE_EDEFAULT);
				return;
			case StudyPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				setResolutionDate(RESOLUTION_DATE_EDEFAULT);
				return;
			case StudyPackage.ADVERSE_EVENT__SERIOUS:
				setSerious(SERIOUS_EDEFAULT);
				return;
			case StudyPackage.ADVERSE_EVENT__CTCAE_GRADE:
				setCtcaeGrade(CTCAE_GRADE_EDEFAULT);
				return;
			case StudyPackage.ADVERSE_EVENT__RELATEDNESS:
				unsetRelatedness();
				return;
			case StudyPackage.ADVERSE_EVENT__OUTCOME:
				unsetOutcome();
				return;
			case StudyPackage.ADVERSE_EVENT__ACTION_TAKEN:
				setActionTaken(ACTION_TAKEN_EDEFAULT);
				return;
			case StudyPackage.ADVERSE_EVENT__PROCEDURE:
				setProcedure((Procedure)null);
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
			case StudyPackage.ADVERSE_EVENT__TERM:
				return TERM_EDEFAULT == null ? term != null : !TERM_EDEFAULT.equals(term);
			case StudyPackage.ADVERSE_EVENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case StudyPackage.ADVERSE_EVENT__ONSET_DATE:
				return ONSET_DATE_EDEFAULT == null ? onsetDate != null : !ONSET_DATE_EDEFAULT.equals(onsetDate);
			case StudyPackage.ADVERSE_EVENT__RESOLUTION_DATE:
				return RESOLUTION_DATE_EDEFAULT == null ? resolutionDate != null : !RESOLUTION_DATE_EDEFAULT.equals(resolutionDate);
			case StudyPackage.ADVERSE_EVENT__SERIOUS:
				return serious != SERIOUS_EDEFAULT;
			case StudyPackage.ADVERSE_EVENT__CTCAE_GRADE:
				return ctcaeGrade != CTCAE_GRADE_EDEFAULT;
			case StudyPackage.ADVERSE_EVENT__RELATEDNESS:
				return isSetRelatedness();
			case StudyPackage.ADVERSE_EVENT__OUTCOME:
				return isSetOutcome();
			case StudyPackage.ADVERSE_EVENT__ACTION_TAKEN:
				return ACTION_TAKEN_EDEFAULT == null ? actionTaken != null : !ACTION_TAKEN_EDEFAULT.equals(actionTaken);
			case StudyPackage.ADVERSE_EVENT__PROCEDURE:
				return procedure != null;
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
		result.append(" (term: ");
		result.append(term);
		result.append(", description: ");
		result.append(description);
		result.append(", onsetDate: ");
		result.append(onsetDate);
		result.append(", resolutionDate: ");
		result.append(resolutionDate);
		result.append(", serious: ");
		result.append(serious);
		result.append(", ctcaeGrade: ");
		result.append(ctcaeGrade);
		result.append(", relatedness: ");
		if (relatednessESet) result.append(relatedness); else result.append("<unset>");
		result.append(", outcome: ");
		if (outcomeESet) result.append(outcome); else result.append("<unset>");
		result.append(", actionTaken: ");
		result.append(actionTaken);
		result.append(')');
		return result.toString();
	}

} //AdverseEventImpl
