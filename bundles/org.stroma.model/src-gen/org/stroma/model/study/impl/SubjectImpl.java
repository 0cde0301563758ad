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

import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.Consent;
import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.EligibilityOverride;
import org.stroma.model.study.FlagValue;
import org.stroma.model.study.ImageReference;
import org.stroma.model.study.NumericValue;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProtocolDeviation;
import org.stroma.model.study.Sex;
import org.stroma.model.study.Site;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.VolumeMeasurement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subject</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getScreeningId <em>Screening Id</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getSubjectId <em>Subject Id</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getBmi <em>Bmi</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getDiagnosis <em>Diagnosis</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getSubtype <em>Subtype</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getDiseaseDurationMonths <em>Disease Duration Months</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#isDiseaseActive <em>Disease Active</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getInactiveMonths <em>Inactive Months</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getNumericValues <em>Numeric Values</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getConsents <em>Consents</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getAllocatedArm <em>Allocated Arm</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getEligibilityOverride <em>Eligibility Override</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getProcedures <em>Procedures</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getAdverseEvents <em>Adverse Events</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getProtocolDeviations <em>Protocol Deviations</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.SubjectImpl#getVolumeMeasurements <em>Volume Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubjectImpl extends IdentifiedImpl implements Subject {
	/**
	 * The default value of the '{@link #getScreeningId() <em>Screening Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningId()
	 * @generated
	 * @ordered
	 */
	protected static final String SCREENING_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScreeningId() <em>Screening Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningId()
	 * @generated
	 * @ordered
	 */
	protected String screeningId = SCREENING_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectId() <em>Subject Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectId() <em>Subject Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectId()
	 * @generated
	 * @ordered
	 */
	protected String subjectId = SUBJECT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_OF_BIRTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected Date dateOfBirth = DATE_OF_BIRTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getBmi() <em>Bmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBmi()
	 * @generated
	 * @ordered
	 */
	protected static final double BMI_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBmi() <em>Bmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBmi()
	 * @generated
	 * @ordered
	 */
	protected double bmi = BMI_EDEFAULT;

	/**
	 * This is true if the Bmi attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean bmiESet;

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
	 * This is true if the Diagnosis attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean diagnosisESet;

	/**
	 * The default value of the '{@link #getSubtype() <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtype()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBTYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubtype() <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtype()
	 * @generated
	 * @ordered
	 */
	protected String subtype = SUBTYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiseaseDurationMonths() <em>Disease Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiseaseDurationMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int DISEASE_DURATION_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDiseaseDurationMonths() <em>Disease Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiseaseDurationMonths()
	 * @generated
	 * @ordered
	 */
	protected int diseaseDurationMonths = DISEASE_DURATION_MONTHS_EDEFAULT;

	/**
	 * This is true if the Disease Duration Months attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean diseaseDurationMonthsESet;

	/**
	 * The default value of the '{@link #isDiseaseActive() <em>Disease Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiseaseActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISEASE_ACTIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDiseaseActive() <em>Disease Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDiseaseActive()
	 * @generated
	 * @ordered
	 */
	protected boolean diseaseActive = DISEASE_ACTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInactiveMonths() <em>Inactive Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int INACTIVE_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInactiveMonths() <em>Inactive Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInactiveMonths()
	 * @generated
	 * @ordered
	 */
	protected int inactiveMonths = INACTIVE_MONTHS_EDEFAULT;

	/**
	 * This is true if the Inactive Months attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean inactiveMonthsESet;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<FlagValue> flags;

	/**
	 * The cached value of the '{@link #getNumericValues() <em>Numeric Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumericValues()
	 * @generated
	 * @ordered
	 */
	protected EList<NumericValue> numericValues;

	/**
	 * The cached value of the '{@link #getConsents() <em>Consents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsents()
	 * @generated
	 * @ordered
	 */
	protected EList<Consent> consents;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<SubjectEvent> events;

	/**
	 * The cached value of the '{@link #getAllocatedArm() <em>Allocated Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedArm()
	 * @generated
	 * @ordered
	 */
	protected Arm allocatedArm;

	/**
	 * The cached value of the '{@link #getEligibilityOverride() <em>Eligibility Override</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibilityOverride()
	 * @generated
	 * @ordered
	 */
	protected EligibilityOverride eligibilityOverride;

	/**
	 * The cached value of the '{@link #getProcedures() <em>Procedures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedures()
	 * @generated
	 * @ordered
	 */
	protected EList<Procedure> procedures;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getAdverseEvents() <em>Adverse Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdverseEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<AdverseEvent> adverseEvents;

	/**
	 * The cached value of the '{@link #getProtocolDeviations() <em>Protocol Deviations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolDeviations()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolDeviation> protocolDeviations;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageReference> images;

	/**
	 * The cached value of the '{@link #getVolumeMeasurements() <em>Volume Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<VolumeMeasurement> volumeMeasurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.SUBJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScreeningId() {
		return screeningId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreeningId(String newScreeningId) {
		String oldScreeningId = screeningId;
		screeningId = newScreeningId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__SCREENING_ID, oldScreeningId, screeningId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectId() {
		return subjectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectId(String newSubjectId) {
		String oldSubjectId = subjectId;
		subjectId = newSubjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__SUBJECT_ID, oldSubjectId, subjectId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.SUBJECT__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDateOfBirth() {
		return dateOfBirth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfBirth(Date newDateOfBirth) {
		Date oldDateOfBirth = dateOfBirth;
		dateOfBirth = newDateOfBirth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__DATE_OF_BIRTH, oldDateOfBirth, dateOfBirth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBmi() {
		return bmi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBmi(double newBmi) {
		double oldBmi = bmi;
		bmi = newBmi;
		boolean oldBmiESet = bmiESet;
		bmiESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__BMI, oldBmi, bmi, !oldBmiESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBmi() {
		double oldBmi = bmi;
		boolean oldBmiESet = bmiESet;
		bmi = BMI_EDEFAULT;
		bmiESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.SUBJECT__BMI, oldBmi, BMI_EDEFAULT, oldBmiESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBmi() {
		return bmiESet;
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
		boolean oldDiagnosisESet = diagnosisESet;
		diagnosisESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__DIAGNOSIS, oldDiagnosis, diagnosis, !oldDiagnosisESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDiagnosis() {
		Diagnosis oldDiagnosis = diagnosis;
		boolean oldDiagnosisESet = diagnosisESet;
		diagnosis = DIAGNOSIS_EDEFAULT;
		diagnosisESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.SUBJECT__DIAGNOSIS, oldDiagnosis, DIAGNOSIS_EDEFAULT, oldDiagnosisESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDiagnosis() {
		return diagnosisESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubtype() {
		return subtype;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubtype(String newSubtype) {
		String oldSubtype = subtype;
		subtype = newSubtype;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__SUBTYPE, oldSubtype, subtype));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDiseaseDurationMonths() {
		return diseaseDurationMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiseaseDurationMonths(int newDiseaseDurationMonths) {
		int oldDiseaseDurationMonths = diseaseDurationMonths;
		diseaseDurationMonths = newDiseaseDurationMonths;
		boolean oldDiseaseDurationMonthsESet = diseaseDurationMonthsESet;
		diseaseDurationMonthsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__DISEASE_DURATION_MONTHS, oldDiseaseDurationMonths, diseaseDurationMonths, !oldDiseaseDurationMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDiseaseDurationMonths() {
		int oldDiseaseDurationMonths = diseaseDurationMonths;
		boolean oldDiseaseDurationMonthsESet = diseaseDurationMonthsESet;
		diseaseDurationMonths = DISEASE_DURATION_MONTHS_EDEFAULT;
		diseaseDurationMonthsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.SUBJECT__DISEASE_DURATION_MONTHS, oldDiseaseDurationMonths, DISEASE_DURATION_MONTHS_EDEFAULT, oldDiseaseDurationMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDiseaseDurationMonths() {
		return diseaseDurationMonthsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDiseaseActive() {
		return diseaseActive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiseaseActive(boolean newDiseaseActive) {
		boolean oldDiseaseActive = diseaseActive;
		diseaseActive = newDiseaseActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__DISEASE_ACTIVE, oldDiseaseActive, diseaseActive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInactiveMonths() {
		return inactiveMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInactiveMonths(int newInactiveMonths) {
		int oldInactiveMonths = inactiveMonths;
		inactiveMonths = newInactiveMonths;
		boolean oldInactiveMonthsESet = inactiveMonthsESet;
		inactiveMonthsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__INACTIVE_MONTHS, oldInactiveMonths, inactiveMonths, !oldInactiveMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInactiveMonths() {
		int oldInactiveMonths = inactiveMonths;
		boolean oldInactiveMonthsESet = inactiveMonthsESet;
		inactiveMonths = INACTIVE_MONTHS_EDEFAULT;
		inactiveMonthsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.SUBJECT__INACTIVE_MONTHS, oldInactiveMonths, INACTIVE_MONTHS_EDEFAULT, oldInactiveMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInactiveMonths() {
		return inactiveMonthsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlagValue> getFlags() {
		if (flags == null) {
			flags = new EObjectContainmentEList<FlagValue>(FlagValue.class, this, StudyPackage.SUBJECT__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NumericValue> getNumericValues() {
		if (numericValues == null) {
			numericValues = new EObjectContainmentEList<NumericValue>(NumericValue.class, this, StudyPackage.SUBJECT__NUMERIC_VALUES);
		}
		return numericValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consent> getConsents() {
		if (consents == null) {
			consents = new EObjectContainmentEList<Consent>(Consent.class, this, StudyPackage.SUBJECT__CONSENTS);
		}
		return consents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubjectEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<SubjectEvent>(SubjectEvent.class, this, StudyPackage.SUBJECT__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm getAllocatedArm() {
		if (allocatedArm != null && allocatedArm.eIsProxy()) {
			InternalEObject oldAllocatedArm = (InternalEObject)allocatedArm;
			allocatedArm = (Arm)eResolveProxy(oldAllocatedArm);
			if (allocatedArm != oldAllocatedArm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.SUBJECT__ALLOCATED_ARM, oldAllocatedArm, allocatedArm));
			}
		}
		return allocatedArm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arm basicGetAllocatedArm() {
		return allocatedArm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllocatedArm(Arm newAllocatedArm) {
		Arm oldAllocatedArm = allocatedArm;
		allocatedArm = newAllocatedArm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__ALLOCATED_ARM, oldAllocatedArm, allocatedArm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EligibilityOverride getEligibilityOverride() {
		return eligibilityOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEligibilityOverride(EligibilityOverride newEligibilityOverride, NotificationChain msgs) {
		EligibilityOverride oldEligibilityOverride = eligibilityOverride;
		eligibilityOverride = newEligibilityOverride;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE, oldEligibilityOverride, newEligibilityOverride);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEligibilityOverride(EligibilityOverride newEligibilityOverride) {
		if (newEligibilityOverride != eligibilityOverride) {
			NotificationChain msgs = null;
			if (eligibilityOverride != null)
				msgs = ((InternalEObject)eligibilityOverride).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE, null, msgs);
			if (newEligibilityOverride != null)
				msgs = ((InternalEObject)newEligibilityOverride).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE, null, msgs);
			msgs = basicSetEligibilityOverride(newEligibilityOverride, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE, newEligibilityOverride, newEligibilityOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Procedure> getProcedures() {
		if (procedures == null) {
			procedures = new EObjectContainmentEList<Procedure>(Procedure.class, this, StudyPackage.SUBJECT__PROCEDURES);
		}
		return procedures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, StudyPackage.SUBJECT__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdverseEvent> getAdverseEvents() {
		if (adverseEvents == null) {
			adverseEvents = new EObjectContainmentEList<AdverseEvent>(AdverseEvent.class, this, StudyPackage.SUBJECT__ADVERSE_EVENTS);
		}
		return adverseEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolDeviation> getProtocolDeviations() {
		if (protocolDeviations == null) {
			protocolDeviations = new EObjectContainmentEList<ProtocolDeviation>(ProtocolDeviation.class, this, StudyPackage.SUBJECT__PROTOCOL_DEVIATIONS);
		}
		return protocolDeviations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageReference> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<ImageReference>(ImageReference.class, this, StudyPackage.SUBJECT__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VolumeMeasurement> getVolumeMeasurements() {
		if (volumeMeasurements == null) {
			volumeMeasurements = new EObjectContainmentEList<VolumeMeasurement>(VolumeMeasurement.class, this, StudyPackage.SUBJECT__VOLUME_MEASUREMENTS);
		}
		return volumeMeasurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudyPackage.SUBJECT__FLAGS:
				return ((InternalEList<?>)getFlags()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__NUMERIC_VALUES:
				return ((InternalEList<?>)getNumericValues()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__CONSENTS:
				return ((InternalEList<?>)getConsents()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE:
				return basicSetEligibilityOverride(null, msgs);
			case StudyPackage.SUBJECT__PROCEDURES:
				return ((InternalEList<?>)getProcedures()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__ADVERSE_EVENTS:
				return ((InternalEList<?>)getAdverseEvents()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__PROTOCOL_DEVIATIONS:
				return ((InternalEList<?>)getProtocolDeviations()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case StudyPackage.SUBJECT__VOLUME_MEASUREMENTS:
				return ((InternalEList<?>)getVolumeMeasurements()).basicRemove(otherEnd, msgs);
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
			case StudyPackage.SUBJECT__SCREENING_ID:
				return getScreeningId();
			case StudyPackage.SUBJECT__SUBJECT_ID:
				return getSubjectId();
			case StudyPackage.SUBJECT__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case StudyPackage.SUBJECT__SEX:
				return getSex();
			case StudyPackage.SUBJECT__DATE_OF_BIRTH:
				return getDateOfBirth();
			case StudyPackage.SUBJECT__BMI:
				return getBmi();
			case StudyPackage.SUBJECT__DIAGNOSIS:
				return getDiagnosis();
			case StudyPackage.SUBJECT__SUBTYPE:
				return getSubtype();
			case StudyPackage.SUBJECT__DISEASE_DURATION_MONTHS:
				return getDiseaseDurationMonths();
			case StudyPackage.SUBJECT__DISEASE_ACTIVE:
				return isDiseaseActive();
			case StudyPackage.SUBJECT__INACTIVE_MONTHS:
				return getInactiveMonths();
			case StudyPackage.SUBJECT__FLAGS:
				return getFlags();
			case StudyPackage.SUBJECT__NUMERIC_VALUES:
				return getNumericValues();
			case StudyPackage.SUBJECT__CONSENTS:
				return getConsents();
			case StudyPackage.SUBJECT__EVENTS:
				return getEvents();
			case StudyPackage.SUBJECT__ALLOCATED_ARM:
				if (resolve) return getAllocatedArm();
				return basicGetAllocatedArm();
			case StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE:
				return getEligibilityOverride();
			case StudyPackage.SUBJECT__PROCEDURES:
				return getProcedures();
			case StudyPackage.SUBJECT__ASSESSMENTS:
				return getAssessments();
			case StudyPackage.SUBJECT__ADVERSE_EVENTS:
				return getAdverseEvents();
			case StudyPackage.SUBJECT__PROTOCOL_DEVIATIONS:
				return getProtocolDeviations();
			case StudyPackage.SUBJECT__IMAGES:
				return getImages();
			case StudyPackage.SUBJECT__VOLUME_MEASUREMENTS:
				return getVolumeMeasurements();
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
			case StudyPackage.SUBJECT__SCREENING_ID:
				setScreeningId((String)newValue);
				return;
			case StudyPackage.SUBJECT__SUBJECT_ID:
				setSubjectId((String)newValue);
				return;
			case StudyPackage.SUBJECT__SITE:
				setSite((Site)newValue);
				return;
			case StudyPackage.SUBJECT__SEX:
				setSex((Sex)newValue);
				return;
			case StudyPackage.SUBJECT__DATE_OF_BIRTH:
				setDateOfBirth((Date)newValue);
				return;
			case StudyPackage.SUBJECT__BMI:
				setBmi((Double)newValue);
				return;
			case StudyPackage.SUBJECT__DIAGNOSIS:
				setDiagnosis((Diagnosis)newValue);
				return;
			case StudyPackage.SUBJECT__SUBTYPE:
				setSubtype((String)newValue);
				return;
			case StudyPackage.SUBJECT__DISEASE_DURATION_MONTHS:
				setDiseaseDurationMonths((Integer)newValue);
				return;
			case StudyPackage.SUBJECT__DISEASE_ACTIVE:
				setDiseaseActive((Boolean)newValue);
				return;
			case StudyPackage.SUBJECT__INACTIVE_MONTHS:
				setInactiveMonths((Integer)newValue);
				return;
			case StudyPackage.SUBJECT__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends FlagValue>)newValue);
				return;
			case StudyPackage.SUBJECT__NUMERIC_VALUES:
				getNumericValues().clear();
				getNumericValues().addAll((Collection<? extends NumericValue>)newValue);
				return;
			case StudyPackage.SUBJECT__CONSENTS:
				getConsents().clear();
				getConsents().addAll((Collection<? extends Consent>)newValue);
				return;
			case StudyPackage.SUBJECT__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends SubjectEvent>)newValue);
				return;
			case StudyPackage.SUBJECT__ALLOCATED_ARM:
				setAllocatedArm((Arm)newValue);
				return;
			case StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE:
				setEligibilityOverride((EligibilityOverride)newValue);
				return;
			case StudyPackage.SUBJECT__PROCEDURES:
				getProcedures().clear();
				getProcedures().addAll((Collection<? extends Procedure>)newValue);
				return;
			case StudyPackage.SUBJECT__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case StudyPackage.SUBJECT__ADVERSE_EVENTS:
				getAdverseEvents().clear();
				getAdverseEvents().addAll((Collection<? extends AdverseEvent>)newValue);
				return;
			case StudyPackage.SUBJECT__PROTOCOL_DEVIATIONS:
				getProtocolDeviations().clear();
				getProtocolDeviations().addAll((Collection<? extends ProtocolDeviation>)newValue);
				return;
			case StudyPackage.SUBJECT__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends ImageReference>)newValue);
				return;
			case StudyPackage.SUBJECT__VOLUME_MEASUREMENTS:
				getVolumeMeasurements().clear();
				getVolumeMeasurements().addAll((Collection<? extends VolumeMeasurement>)newValue);
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
			case StudyPackage.SUBJECT__SCREENING_ID:
				setScreeningId(SCREENING_ID_EDEFAULT);
				return;
			case StudyPackage.SUBJECT__SUBJECT_ID:
				setSubjectId(SUBJECT_ID_EDEFAULT);
				return;
			case StudyPackage.SUBJECT__SITE:
				setSite((Site)null);
				return;
			case StudyPackage.SUBJECT__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case StudyPackage.SUBJECT__DATE_OF_BIRTH:
				setDateOfBirth(DATE_OF_BIRTH_EDEFAULT);
				return;
			case StudyPackage.SUBJECT__BMI:
				unsetBmi();
				return;
			case StudyPackage.SUBJECT__DIAGNOSIS:
				unsetDiagnosis();
				return;
			case StudyPackage.SUBJECT__SUBTYPE:
				setSubtype(SUBTYPE_EDEFAULT);
				return;
			case StudyPackage.SUBJECT__DISEASE_DURATION_MONTHS:
				unsetDiseaseDurationMonths();
				return;
			case StudyPackage.SUBJECT__DISEASE_ACTIVE:
				setDiseaseActive(DISEASE_ACTIVE_EDEFAULT);
				return;
			case StudyPackage.SUBJECT__INACTIVE_MONTHS:
				unsetInactiveMonths();
				return;
			case StudyPackage.SUBJECT__FLAGS:
				getFlags().clear();
				return;
			case StudyPackage.SUBJECT__NUMERIC_VALUES:
				getNumericValues().clear();
				return;
			case StudyPackage.SUBJECT__CONSENTS:
				getConsents().clear();
				return;
			case StudyPackage.SUBJECT__EVENTS:
				getEvents().clear();
				return;
			case StudyPackage.SUBJECT__ALLOCATED_ARM:
				setAllocatedArm((Arm)null);
				return;
			case StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE:
				setEligibilityOverride((EligibilityOverride)null);
				return;
			case StudyPackage.SUBJECT__PROCEDURES:
				getProcedures().clear();
				return;
			case StudyPackage.SUBJECT__ASSESSMENTS:
				getAssessments().clear();
				return;
			case StudyPackage.SUBJECT__ADVERSE_EVENTS:
				getAdverseEvents().clear();
				return;
			case StudyPackage.SUBJECT__PROTOCOL_DEVIATIONS:
				getProtocolDeviations().clear();
				return;
			case StudyPackage.SUBJECT__IMAGES:
				getImages().clear();
				return;
			case StudyPackage.SUBJECT__VOLUME_MEASUREMENTS:
				getVolumeMeasurements().clear();
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
			case StudyPackage.SUBJECT__SCREENING_ID:
				return SCREENING_ID_EDEFAULT == null ? screeningId != null : !SCREENING_ID_EDEFAULT.equals(screeningId);
			case StudyPackage.SUBJECT__SUBJECT_ID:
				return SUBJECT_ID_EDEFAULT == null ? subjectId != null : !SUBJECT_ID_EDEFAULT.equals(subjectId);
			case StudyPackage.SUBJECT__SITE:
				return site != null;
			case StudyPackage.SUBJECT__SEX:
				return sex != SEX_EDEFAULT;
			case StudyPackage.SUBJECT__DATE_OF_BIRTH:
				return DATE_OF_BIRTH_EDEFAULT == null ? dateOfBirth != null : !DATE_OF_BIRTH_EDEFAULT.equals(dateOfBirth);
			case StudyPackage.SUBJECT__BMI:
				return isSetBmi();
			case StudyPackage.SUBJECT__DIAGNOSIS:
				return isSetDiagnosis();
			case StudyPackage.SUBJECT__SUBTYPE:
				return SUBTYPE_EDEFAULT == null ? subtype != null : !SUBTYPE_EDEFAULT.equals(subtype);
			case StudyPackage.SUBJECT__DISEASE_DURATION_MONTHS:
				return isSetDiseaseDurationMonths();
			case StudyPackage.SUBJECT__DISEASE_ACTIVE:
				return diseaseActive != DISEASE_ACTIVE_EDEFAULT;
			case StudyPackage.SUBJECT__INACTIVE_MONTHS:
				return isSetInactiveMonths();
			case StudyPackage.SUBJECT__FLAGS:
				return flags != null && !flags.isEmpty();
			case StudyPackage.SUBJECT__NUMERIC_VALUES:
				return numericValues != null && !numericValues.isEmpty();
			case StudyPackage.SUBJECT__CONSENTS:
				return consents != null && !consents.isEmpty();
			case StudyPackage.SUBJECT__EVENTS:
				return events != null && !events.isEmpty();
			case StudyPackage.SUBJECT__ALLOCATED_ARM:
				return allocatedArm != null;
			case StudyPackage.SUBJECT__ELIGIBILITY_OVERRIDE:
				return eligibilityOverride != null;
			case StudyPackage.SUBJECT__PROCEDURES:
				return procedures != null && !procedures.isEmpty();
			case StudyPackage.SUBJECT__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case StudyPackage.SUBJECT__ADVERSE_EVENTS:
				return adverseEvents != null && !adverseEvents.isEmpty();
			case StudyPackage.SUBJECT__PROTOCOL_DEVIATIONS:
				return protocolDeviations != null && !protocolDeviations.isEmpty();
			case StudyPackage.SUBJECT__IMAGES:
				return images != null && !images.isEmpty();
			case StudyPackage.SUBJECT__VOLUME_MEASUREMENTS:
				return volumeMeasurements != null && !volumeMeasurements.isEmpty();
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
		result.append(" (screeningId: ");
		result.append(screeningId);
		result.append(", subjectId: ");
		result.append(subjectId);
		result.append(", sex: ");
		result.append(sex);
		result.append(", dateOfBirth: ");
		result.append(dateOfBirth);
		result.append(", bmi: ");
		if (bmiESet) result.append(bmi); else result.append("<unset>");
		result.append(", diagnosis: ");
		if (diagnosisESet) result.append(diagnosis); else result.append("<unset>");
		result.append(", subtype: ");
		result.append(subtype);
		result.append(", diseaseDurationMonths: ");
		if (diseaseDurationMonthsESet) result.append(diseaseDurationMonths); else result.append("<unset>");
		result.append(", diseaseActive: ");
		result.append(diseaseActive);
		result.append(", inactiveMonths: ");
		if (inactiveMonthsESet) result.append(inactiveMonths); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SubjectImpl
