/**
 */
package org.stroma.model.study.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.CellProduct;
import org.stroma.model.study.CellProductType;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.Subject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cell Product</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getLot <em>Lot</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getDonor <em>Donor</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getPreparedDate <em>Prepared Date</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getProcessingMethod <em>Processing Method</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getTotalCellCount <em>Total Cell Count</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getViabilityPercent <em>Viability Percent</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getPassageNumber <em>Passage Number</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getPopulationDoublings <em>Population Doublings</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.CellProductImpl#getDoublingTimeHours <em>Doubling Time Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CellProductImpl extends IdentifiedImpl implements CellProduct {
	/**
	 * The default value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected static final String LOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected String lot = LOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final CellProductType TYPE_EDEFAULT = CellProductType.SVF;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected CellProductType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDonor() <em>Donor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDonor()
	 * @generated
	 * @ordered
	 */
	protected Subject donor;

	/**
	 * The default value of the '{@link #getPreparedDate() <em>Prepared Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date PREPARED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreparedDate() <em>Prepared Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedDate()
	 * @generated
	 * @ordered
	 */
	protected Date preparedDate = PREPARED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessingMethod() <em>Processing Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessingMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCESSING_METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcessingMethod() <em>Processing Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessingMethod()
	 * @generated
	 * @ordered
	 */
	protected String processingMethod = PROCESSING_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double volumeMl = VOLUME_ML_EDEFAULT;

	/**
	 * This is true if the Volume Ml attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean volumeMlESet;

	/**
	 * The default value of the '{@link #getTotalCellCount() <em>Total Cell Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalCellCount()
	 * @generated
	 * @ordered
	 */
	protected static final double TOTAL_CELL_COUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTotalCellCount() <em>Total Cell Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalCellCount()
	 * @generated
	 * @ordered
	 */
	protected double totalCellCount = TOTAL_CELL_COUNT_EDEFAULT;

	/**
	 * This is true if the Total Cell Count attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean totalCellCountESet;

	/**
	 * The default value of the '{@link #getViabilityPercent() <em>Viability Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViabilityPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double VIABILITY_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getViabilityPercent() <em>Viability Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViabilityPercent()
	 * @generated
	 * @ordered
	 */
	protected double viabilityPercent = VIABILITY_PERCENT_EDEFAULT;

	/**
	 * This is true if the Viability Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean viabilityPercentESet;

	/**
	 * The default value of the '{@link #getPassageNumber() <em>Passage Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassageNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int PASSAGE_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPassageNumber() <em>Passage Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassageNumber()
	 * @generated
	 * @ordered
	 */
	protected int passageNumber = PASSAGE_NUMBER_EDEFAULT;

	/**
	 * This is true if the Passage Number attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean passageNumberESet;

	/**
	 * The default value of the '{@link #getPopulationDoublings() <em>Population Doublings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationDoublings()
	 * @generated
	 * @ordered
	 */
	protected static final double POPULATION_DOUBLINGS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPopulationDoublings() <em>Population Doublings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationDoublings()
	 * @generated
	 * @ordered
	 */
	protected double populationDoublings = POPULATION_DOUBLINGS_EDEFAULT;

	/**
	 * This is true if the Population Doublings attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean populationDoublingsESet;

	/**
	 * The default value of the '{@link #getDoublingTimeHours() <em>Doubling Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoublingTimeHours()
	 * @generated
	 * @ordered
	 */
	protected static final double DOUBLING_TIME_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDoublingTimeHours() <em>Doubling Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoublingTimeHours()
	 * @generated
	 * @ordered
	 */
	protected double doublingTimeHours = DOUBLING_TIME_HOURS_EDEFAULT;

	/**
	 * This is true if the Doubling Time Hours attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean doublingTimeHoursESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CellProductImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.CELL_PRODUCT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLot() {
		return lot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLot(String newLot) {
		String oldLot = lot;
		lot = newLot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__LOT, oldLot, lot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellProductType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(CellProductType newType) {
		CellProductType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subject getDonor() {
		if (donor != null && donor.eIsProxy()) {
			InternalEObject oldDonor = (InternalEObject)donor;
			donor = (Subject)eResolveProxy(oldDonor);
			if (donor != oldDonor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.CELL_PRODUCT__DONOR, oldDonor, donor));
			}
		}
		return donor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Subject basicGetDonor() {
		return donor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDonor(Subject newDonor) {
		Subject oldDonor = donor;
		donor = newDonor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__DONOR, oldDonor, donor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPreparedDate() {
		return preparedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparedDate(Date newPreparedDate) {
		Date oldPreparedDate = preparedDate;
		preparedDate = newPreparedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__PREPARED_DATE, oldPreparedDate, preparedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcessingMethod() {
		return processingMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessingMethod(String newProcessingMethod) {
		String oldProcessingMethod = processingMethod;
		processingMethod = newProcessingMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__PROCESSING_METHOD, oldProcessingMethod, processingMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumeMl() {
		return volumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeMl(double newVolumeMl) {
		double oldVolumeMl = volumeMl;
		volumeMl = newVolumeMl;
		boolean oldVolumeMlESet = volumeMlESet;
		volumeMlESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__VOLUME_ML, oldVolumeMl, volumeMl, !oldVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVolumeMl() {
		double oldVolumeMl = volumeMl;
		boolean oldVolumeMlESet = volumeMlESet;
		volumeMl = VOLUME_ML_EDEFAULT;
		volumeMlESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.CELL_PRODUCT__VOLUME_ML, oldVolumeMl, VOLUME_ML_EDEFAULT, oldVolumeMlESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVolumeMl() {
		return volumeMlESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTotalCellCount() {
		return totalCellCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalCellCount(double newTotalCellCount) {
		double oldTotalCellCount = totalCellCount;
		totalCellCount = newTotalCellCount;
		boolean oldTotalCellCountESet = totalCellCountESet;
		totalCellCountESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__TOTAL_CELL_COUNT, oldTotalCellCount, totalCellCount, !oldTotalCellCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTotalCellCount() {
		double oldTotalCellCount = totalCellCount;
		boolean oldTotalCellCountESet = totalCellCountESet;
		totalCellCount = TOTAL_CELL_COUNT_EDEFAULT;
		totalCellCountESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.CELL_PRODUCT__TOTAL_CELL_COUNT, oldTotalCellCount, TOTAL_CELL_COUNT_EDEFAULT, oldTotalCellCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTotalCellCount() {
		return totalCellCountESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getViabilityPercent() {
		return viabilityPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViabilityPercent(double newViabilityPercent) {
		double oldViabilityPercent = viabilityPercent;
		viabilityPercent = newViabilityPercent;
		boolean oldViabilityPercentESet = viabilityPercentESet;
		viabilityPercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__VIABILITY_PERCENT, oldViabilityPercent, viabilityPercent, !oldViabilityPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetViabilityPercent() {
		double oldViabilityPercent = viabilityPercent;
		boolean oldViabilityPercentESet = viabilityPercentESet;
		viabilityPercent = VIABILITY_PERCENT_EDEFAULT;
		viabilityPercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.CELL_PRODUCT__VIABILITY_PERCENT, oldViabilityPercent, VIABILITY_PERCENT_EDEFAULT, oldViabilityPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetViabilityPercent() {
		return viabilityPercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPassageNumber() {
		return passageNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassageNumber(int newPassageNumber) {
		int oldPassageNumber = passageNumber;
		passageNumber = newPassageNumber;
		boolean oldPassageNumberESet = passageNumberESet;
		passageNumberESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__PASSAGE_NUMBER, oldPassageNumber, passageNumber, !oldPassageNumberESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPassageNumber() {
		int oldPassageNumber = passageNumber;
		boolean oldPassageNumberESet = passageNumberESet;
		passageNumber = PASSAGE_NUMBER_EDEFAULT;
		passageNumberESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.CELL_PRODUCT__PASSAGE_NUMBER, oldPassageNumber, PASSAGE_NUMBER_EDEFAULT, oldPassageNumberESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPassageNumber() {
		return passageNumberESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPopulationDoublings() {
		return populationDoublings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulationDoublings(double newPopulationDoublings) {
		double oldPopulationDoublings = populationDoublings;
		populationDoublings = newPopulationDoublings;
		boolean oldPopulationDoublingsESet = populationDoublingsESet;
		populationDoublingsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__POPULATION_DOUBLINGS, oldPopulationDoublings, populationDoublings, !oldPopulationDoublingsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPopulationDoublings() {
		double oldPopulationDoublings = populationDoublings;
		boolean oldPopulationDoublingsESet = populationDoublingsESet;
		populationDoublings = POPULATION_DOUBLINGS_EDEFAULT;
		populationDoublingsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.CELL_PRODUCT__POPULATION_DOUBLINGS, oldPopulationDoublings, POPULATION_DOUBLINGS_EDEFAULT, oldPopulationDoublingsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPopulationDoublings() {
		return populationDoublingsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDoublingTimeHours() {
		return doublingTimeHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoublingTimeHours(double newDoublingTimeHours) {
		double oldDoublingTimeHours = doublingTimeHours;
		doublingTimeHours = newDoublingTimeHours;
		boolean oldDoublingTimeHoursESet = doublingTimeHoursESet;
		doublingTimeHoursESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.CELL_PRODUCT__DOUBLING_TIME_HOURS, oldDoublingTimeHours, doublingTimeHours, !oldDoublingTimeHoursESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDoublingTimeHours() {
		double oldDoublingTimeHours = doublingTimeHours;
		boolean oldDoublingTimeHoursESet = doublingTimeHoursESet;
		doublingTimeHours = DOUBLING_TIME_HOURS_EDEFAULT;
		doublingTimeHoursESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, StudyPackage.CELL_PRODUCT__DOUBLING_TIME_HOURS, oldDoublingTimeHours, DOUBLING_TIME_HOURS_EDEFAULT, oldDoublingTimeHoursESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDoublingTimeHours() {
		return doublingTimeHoursESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.CELL_PRODUCT__LOT:
				return getLot();
			case StudyPackage.CELL_PRODUCT__TYPE:
				return getType();
			case StudyPackage.CELL_PRODUCT__DONOR:
				if (resolve) return getDonor();
				return basicGetDonor();
			case StudyPackage.CELL_PRODUCT__PREPARED_DATE:
				return getPreparedDate();
			case StudyPackage.CELL_PRODUCT__PROCESSING_METHOD:
				return getProcessingMethod();
			case StudyPackage.CELL_PRODUCT__VOLUME_ML:
				return getVolumeMl();
			case StudyPackage.CELL_PRODUCT__TOTAL_CELL_COUNT:
				return getTotalCellCount();
			case StudyPackage.CELL_PRODUCT__VIABILITY_PERCENT:
				return getViabilityPercent();
			case StudyPackage.CELL_PRODUCT__PASSAGE_NUMBER:
				return getPassageNumber();
			case StudyPackage.CELL_PRODUCT__POPULATION_DOUBLINGS:
				return getPopulationDoublings();
			case StudyPackage.CELL_PRODUCT__DOUBLING_TIME_HOURS:
				return getDoublingTimeHours();
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
			case StudyPackage.CELL_PRODUCT__LOT:
				setLot((String)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__TYPE:
				setType((CellProductType)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__DONOR:
				setDonor((Subject)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__PREPARED_DATE:
				setPreparedDate((Date)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__PROCESSING_METHOD:
				setProcessingMethod((String)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__VOLUME_ML:
				setVolumeMl((Double)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__TOTAL_CELL_COUNT:
				setTotalCellCount((Double)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__VIABILITY_PERCENT:
				setViabilityPercent((Double)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__PASSAGE_NUMBER:
				setPassageNumber((Integer)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__POPULATION_DOUBLINGS:
				setPopulationDoublings((Double)newValue);
				return;
			case StudyPackage.CELL_PRODUCT__DOUBLING_TIME_HOURS:
				setDoublingTimeHours((Double)newValue);
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
			case StudyPackage.CELL_PRODUCT__LOT:
				setLot(LOT_EDEFAULT);
				return;
			case StudyPackage.CELL_PRODUCT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case StudyPackage.CELL_PRODUCT__DONOR:
				setDonor((Subject)null);
				return;
			case StudyPackage.CELL_PRODUCT__PREPARED_DATE:
				setPreparedDate(PREPARED_DATE_EDEFAULT);
				return;
			case StudyPackage.CELL_PRODUCT__PROCESSING_METHOD:
				setProcessingMethod(PROCESSING_METHOD_EDEFAULT);
				return;
			case StudyPackage.CELL_PRODUCT__VOLUME_ML:
				unsetVolumeMl();
				return;
			case StudyPackage.CELL_PRODUCT__TOTAL_CELL_COUNT:
				unsetTotalCellCount();
				return;
			case StudyPackage.CELL_PRODUCT__VIABILITY_PERCENT:
				unsetViabilityPercent();
				return;
			case StudyPackage.CELL_PRODUCT__PASSAGE_NUMBER:
				unsetPassageNumber();
				return;
			case StudyPackage.CELL_PRODUCT__POPULATION_DOUBLINGS:
				unsetPopulationDoublings();
				return;
			case StudyPackage.CELL_PRODUCT__DOUBLING_TIME_HOURS:
				unsetDoublingTimeHours();
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
			case StudyPackage.CELL_PRODUCT__LOT:
				return LOT_EDEFAULT == null ? lot != null : !LOT_EDEFAULT.equals(lot);
			case StudyPackage.CELL_PRODUCT__TYPE:
				return type != TYPE_EDEFAULT;
			case StudyPackage.CELL_PRODUCT__DONOR:
				return donor != null;
			case StudyPackage.CELL_PRODUCT__PREPARED_DATE:
				return PREPARED_DATE_EDEFAULT == null ? preparedDate != null : !PREPARED_DATE_EDEFAULT.equals(preparedDate);
			case StudyPackage.CELL_PRODUCT__PROCESSING_METHOD:
				return PROCESSING_METHOD_EDEFAULT == null ? processingMethod != null : !PROCESSING_METHOD_EDEFAULT.equals(processingMethod);
			case StudyPackage.CELL_PRODUCT__VOLUME_ML:
				return isSetVolumeMl();
			case StudyPackage.CELL_PRODUCT__TOTAL_CELL_COUNT:
				return isSetTotalCellCount();
			case StudyPackage.CELL_PRODUCT__VIABILITY_PERCENT:
				return isSetViabilityPercent();
			case StudyPackage.CELL_PRODUCT__PASSAGE_NUMBER:
				return isSetPassageNumber();
			case StudyPackage.CELL_PRODUCT__POPULATION_DOUBLINGS:
				return isSetPopulationDoublings();
			case StudyPackage.CELL_PRODUCT__DOUBLING_TIME_HOURS:
				return isSetDoublingTimeHours();
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
		result.append(" (lot: ");
		result.append(lot);
		result.append(", type: ");
		result.append(type);
		result.append(", preparedDate: ");
		result.append(preparedDate);
		result.append(", processingMethod: ");
		result.append(processingMethod);
		result.append(", volumeMl: ");
		if (volumeMlESet) result.append(volumeMl); else result.append("<unset>");
		result.append(", totalCellCount: ");
		if (totalCellCountESet) result.append(totalCellCount); else result.append("<unset>");
		result.append(", viabilityPercent: ");
		if (viabilityPercentESet) result.append(viabilityPercent); else result.append("<unset>");
		result.append(", passageNumber: ");
		if (passageNumberESet) result.append(passageNumber); else result.append("<unset>");
		result.append(", populationDoublings: ");
		if (populationDoublingsESet) result.append(populationDoublings); else result.append("<unset>");
		result.append(", doublingTimeHours: ");
		if (doublingTimeHoursESet) result.append(doublingTimeHours); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //CellProductImpl
