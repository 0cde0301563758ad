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

import org.stroma.model.study.Arm;
import org.stroma.model.study.CellProduct;
import org.stroma.model.study.EligibilityCriterion;
import org.stroma.model.study.Masking;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.Registration;
import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getProtocolVersion <em>Protocol Version</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getMasking <em>Masking</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getTargetEnrollment <em>Target Enrollment</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getRegistrations <em>Registrations</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getArms <em>Arms</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getVisitSchedule <em>Visit Schedule</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getEligibilityCriteria <em>Eligibility Criteria</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getOutcomeMeasures <em>Outcome Measures</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getCellProducts <em>Cell Products</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.StudyImpl#getSubjects <em>Subjects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends IdentifiedImpl implements Study {
	/**
	 * The default value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected static final String ACRONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected String acronym = ACRONYM_EDEFAULT;

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
	 * The default value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String PROTOCOL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProtocolVersion() <em>Protocol Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolVersion()
	 * @generated
	 * @ordered
	 */
	protected String protocolVersion = PROTOCOL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected static final StudyDesign DESIGN_EDEFAULT = StudyDesign.PARALLEL_RANDOMIZED;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected StudyDesign design = DESIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMasking() <em>Masking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMasking()
	 * @generated
	 * @ordered
	 */
	protected static final Masking MASKING_EDEFAULT = Masking.OPEN_LABEL;

	/**
	 * The cached value of the '{@link #getMasking() <em>Masking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMasking()
	 * @generated
	 * @ordered
	 */
	protected Masking masking = MASKING_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetEnrollment() <em>Target Enrollment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetEnrollment()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_ENROLLMENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTargetEnrollment() <em>Target Enrollment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetEnrollment()
	 * @generated
	 * @ordered
	 */
	protected int targetEnrollment = TARGET_ENROLLMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNTHETIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected boolean synthetic = SYNTHETIC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegistrations() <em>Registrations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrations()
	 * @generated
	 * @ordered
	 */
	protected EList<Registration> registrations;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getArms() <em>Arms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArms()
	 * @generated
	 * @ordered
	 */
	protected EList<Arm> arms;

	/**
	 * The cached value of the '{@link #getVisitSchedule() <em>Visit Schedule</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitSchedule()
	 * @generated
	 * @ordered
	 */
	protected EList<VisitDefinition> visitSchedule;

	/**
	 * The cached value of the '{@link #getEligibilityCriteria() <em>Eligibility Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibilityCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<EligibilityCriterion> eligibilityCriteria;

	/**
	 * The cached value of the '{@link #getOutcomeMeasures() <em>Outcome Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<OutcomeMeasure> outcomeMeasures;

	/**
	 * The cached value of the '{@link #getCellProducts() <em>Cell Products</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<CellProduct> cellProducts;

	/**
	 * The cached value of the '{@link #getSubjects() <em>Subjects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Subject> subjects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcronym() {
		return acronym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcronym(String newAcronym) {
		String oldAcronym = acronym;
		acronym = newAcronym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__ACRONYM, oldAcronym, acronym));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProtocolVersion() {
		return protocolVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocolVersion(String newProtocolVersion) {
		String oldProtocolVersion = protocolVersion;
		protocolVersion = newProtocolVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__PROTOCOL_VERSION, oldProtocolVersion, protocolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyDesign getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesign(StudyDesign newDesign) {
		StudyDesign oldDesign = design;
		design = newDesign == null ? DESIGN_EDEFAULT : newDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__DESIGN, oldDesign, design));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Masking getMasking() {
		return masking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMasking(Masking newMasking) {
		Masking oldMasking = masking;
		masking = newMasking == null ? MASKING_EDEFAULT : newMasking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__MASKING, oldMasking, masking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTargetEnrollment() {
		return targetEnrollment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetEnrollment(int newTargetEnrollment) {
		int oldTargetEnrollment = targetEnrollment;
		targetEnrollment = newTargetEnrollment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__TARGET_ENROLLMENT, oldTargetEnrollment, targetEnrollment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynthetic() {
		return synthetic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynthetic(boolean newSynthetic) {
		boolean oldSynthetic = synthetic;
		synthetic = newSynthetic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.STUDY__SYNTHETIC, oldSynthetic, synthetic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Registration> getRegistrations() {
		if (registrations == null) {
			registrations = new EObjectContainmentEList<Registration>(Registration.class, this, StudyPackage.STUDY__REGISTRATIONS);
		}
		return registrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, StudyPackage.STUDY__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Arm> getArms() {
		if (arms == null) {
			arms = new EObjectContainmentEList<Arm>(Arm.class, this, StudyPackage.STUDY__ARMS);
		}
		return arms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VisitDefinition> getVisitSchedule() {
		if (visitSchedule == null) {
			visitSchedule = new EObjectContainmentEList<VisitDefinition>(VisitDefinition.class, this, StudyPackage.STUDY__VISIT_SCHEDULE);
		}
		return visitSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EligibilityCriterion> getEligibilityCriteria() {
		if (eligibilityCriteria == null) {
			eligibilityCriteria = new EObjectContainmentEList<EligibilityCriterion>(EligibilityCriterion.class, this, StudyPackage.STUDY__ELIGIBILITY_CRITERIA);
		}
		return eligibilityCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutcomeMeasure> getOutcomeMeasures() {
		if (outcomeMeasures == null) {
			outcomeMeasures = new EObjectContainmentEList<OutcomeMeasure>(OutcomeMeasure.class, this, StudyPackage.STUDY__OUTCOME_MEASURES);
		}
		return outcomeMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CellProduct> getCellProducts() {
		if (cellProducts == null) {
			cellProducts = new EObjectContainmentEList<CellProduct>(CellProduct.class, this, StudyPackage.STUDY__CELL_PRODUCTS);
		}
		return cellProducts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subject> getSubjects() {
		if (subjects == null) {
			subjects = new EObjectContainmentEList<Subject>(Subject.class, this, StudyPackage.STUDY__SUBJECTS);
		}
		return subjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.STUDY__REGISTRATIONS:
				return ((InternalEList<?>)getRegistrations()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__ARMS:
				return ((InternalEList<?>)getArms()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__VISIT_SCHEDULE:
				return ((InternalEList<?>)getVisitSchedule()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__ELIGIBILITY_CRITERIA:
				return ((InternalEList<?>)getEligibilityCriteria()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__OUTCOME_MEASURES:
				return ((InternalEList<?>)getOutcomeMeasures()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__CELL_PRODUCTS:
				return ((InternalEList<?>)getCellProducts()).basicRemove(otherEnd, msgs);
			case StudyPackage.STUDY__SUBJECTS:
				return ((InternalEList<?>)getSubjects()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.STUDY__ACRONYM:
				return getAcronym();
			case StudyPackage.STUDY__TITLE:
				return getTitle();
			case StudyPackage.STUDY__PROTOCOL_VERSION:
				return getProtocolVersion();
			case StudyPackage.STUDY__DESIGN:
				return getDesign();
			case StudyPackage.STUDY__MASKING:
				return getMasking();
			case StudyPackage.STUDY__TARGET_ENROLLMENT:
				return getTargetEnrollment();
			case StudyPackage.STUDY__SYNTHETIC:
				return isSynthetic();
			case StudyPackage.STUDY__REGISTRATIONS:
				return getRegistrations();
			case StudyPackage.STUDY__SITES:
				return getSites();
			case StudyPackage.STUDY__ARMS:
				return getArms();
			case StudyPackage.STUDY__VISIT_SCHEDULE:
				return getVisitSchedule();
			case StudyPackage.STUDY__ELIGIBILITY_CRITERIA:
				return getEligibilityCriteria();
			case StudyPackage.STUDY__OUTCOME_MEASURES:
				return getOutcomeMeasures();
			case StudyPackage.STUDY__CELL_PRODUCTS:
				return getCellProducts();
			case StudyPackage.STUDY__SUBJECTS:
				return getSubjects();
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
			case StudyPackage.STUDY__ACRONYM:
				setAcronym((String)newValue);
				return;
			case StudyPackage.STUDY__TITLE:
				setTitle((String)newValue);
				return;
			case StudyPackage.STUDY__PROTOCOL_VERSION:
				setProtocolVersion((String)newValue);
				return;
			case StudyPackage.STUDY__DESIGN:
				setDesign((StudyDesign)newValue);
				return;
			case StudyPackage.STUDY__MASKING:
				setMasking((Masking)newValue);
				return;
			case StudyPackage.STUDY__TARGET_ENROLLMENT:
				setTargetEnrollment((Integer)newValue);
				return;
			case StudyPackage.STUDY__SYNTHETIC:
				setSynthetic((Boolean)newValue);
				return;
			case StudyPackage.STUDY__REGISTRATIONS:
				getRegistrations().clear();
				getRegistrations().addAll((Collection<? extends Registration>)newValue);
				return;
			case StudyPackage.STUDY__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case StudyPackage.STUDY__ARMS:
				getArms().clear();
				getArms().addAll((Collection<? extends Arm>)newValue);
				return;
			case StudyPackage.STUDY__VISIT_SCHEDULE:
				getVisitSchedule().clear();
				getVisitSchedule().addAll((Collection<? extends VisitDefinition>)newValue);
				return;
			case StudyPackage.STUDY__ELIGIBILITY_CRITERIA:
				getEligibilityCriteria().clear();
				getEligibilityCriteria().addAll((Collection<? extends EligibilityCriterion>)newValue);
				return;
			case StudyPackage.STUDY__OUTCOME_MEASURES:
				getOutcomeMeasures().clear();
				getOutcomeMeasures().addAll((Collection<? extends OutcomeMeasure>)newValue);
				return;
			case StudyPackage.STUDY__CELL_PRODUCTS:
				getCellProducts().clear();
				getCellProducts().addAll((Collection<? extends CellProduct>)newValue);
				return;
			case StudyPackage.STUDY__SUBJECTS:
				getSubjects().clear();
				getSubjects().addAll((Collection<? extends Subject>)newValue);
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
			case StudyPackage.STUDY__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case StudyPackage.STUDY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case StudyPackage.STUDY__PROTOCOL_VERSION:
				setProtocolVersion(PROTOCOL_VERSION_EDEFAULT);
				return;
			case StudyPackage.STUDY__DESIGN:
				setDesign(DESIGN_EDEFAULT);
				return;
			case StudyPackage.STUDY__MASKING:
				setMasking(MASKING_EDEFAULT);
				return;
			case StudyPackage.STUDY__TARGET_ENROLLMENT:
				setTargetEnrollment(TARGET_ENROLLMENT_EDEFAULT);
				return;
			case StudyPackage.STUDY__SYNTHETIC:
				setSynthetic(SYNTHETIC_EDEFAULT);
				return;
			case StudyPackage.STUDY__REGISTRATIONS:
				getRegistrations().clear();
				return;
			case StudyPackage.STUDY__SITES:
				getSites().clear();
				return;
			case StudyPackage.STUDY__ARMS:
				getArms().clear();
				return;
			case StudyPackage.STUDY__VISIT_SCHEDULE:
				getVisitSchedule().clear();
				return;
			case StudyPackage.STUDY__ELIGIBILITY_CRITERIA:
				getEligibilityCriteria().clear();
				return;
			case StudyPackage.STUDY__OUTCOME_MEASURES:
				getOutcomeMeasures().clear();
				return;
			case StudyPackage.STUDY__CELL_PRODUCTS:
				getCellProducts().clear();
				return;
			case StudyPackage.STUDY__SUBJECTS:
				getSubjects().clear();
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
			case StudyPackage.STUDY__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case StudyPackage.STUDY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case StudyPackage.STUDY__PROTOCOL_VERSION:
				return PROTOCOL_VERSION_EDEFAULT == null ? protocolVersion != null : !PROTOCOL_VERSION_EDEFAULT.equals(protocolVersion);
			case StudyPackage.STUDY__DESIGN:
				return design != DESIGN_EDEFAULT;
			case StudyPackage.STUDY__MASKING:
				return masking != MASKING_EDEFAULT;
			case StudyPackage.STUDY__TARGET_ENROLLMENT:
				return targetEnrollment != TARGET_ENROLLMENT_EDEFAULT;
			case StudyPackage.STUDY__SYNTHETIC:
				return synthetic != SYNTHETIC_EDEFAULT;
			case StudyPackage.STUDY__REGISTRATIONS:
				return registrations != null && !registrations.isEmpty();
			case StudyPackage.STUDY__SITES:
				return sites != null && !sites.isEmpty();
			case StudyPackage.STUDY__ARMS:
				return arms != null && !arms.isEmpty();
			case StudyPackage.STUDY__VISIT_SCHEDULE:
				return visitSchedule != null && !visitSchedule.isEmpty();
			case StudyPackage.STUDY__ELIGIBILITY_CRITERIA:
				return eligibilityCriteria != null && !eligibilityCriteria.isEmpty();
			case StudyPackage.STUDY__OUTCOME_MEASURES:
				return outcomeMeasures != null && !outcomeMeasures.isEmpty();
			case StudyPackage.STUDY__CELL_PRODUCTS:
				return cellProducts != null && !cellProducts.isEmpty();
			case StudyPackage.STUDY__SUBJECTS:
				return subjects != null && !subjects.isEmpty();
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
		result.append(" (acronym: ");
		result.append(acronym);
		result.append(", title: ");
		result.append(title);
		result.append(", protocolVersion: ");
		result.append(protocolVersion);
		result.append(", design: ");
		result.append(design);
		result.append(", masking: ");
		result.append(masking);
		result.append(", targetEnrollment: ");
		result.append(targetEnrollment);
		result.append(", synthetic: ");
		result.append(synthetic);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
