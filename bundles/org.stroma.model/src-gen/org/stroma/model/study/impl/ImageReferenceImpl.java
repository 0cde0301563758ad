/**
 */
package org.stroma.model.study.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.stroma.model.study.ImageKind;
import org.stroma.model.study.ImageReference;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.VisitDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getRelativePath <em>Relative Path</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getView <em>View</em>}</li>
 *   <li>{@link org.stroma.model.study.impl.ImageReferenceImpl#getSeriesUid <em>Series Uid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageReferenceImpl extends IdentifiedImpl implements ImageReference {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ImageKind KIND_EDEFAULT = ImageKind.MRI_SERIES;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ImageKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getRelativePath() <em>Relative Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelativePath()
	 * @generated
	 * @ordered
	 */
	protected static final String RELATIVE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRelativePath() <em>Relative Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelativePath()
	 * @generated
	 * @ordered
	 */
	protected String relativePath = RELATIVE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

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
	 * The default value of the '{@link #getView() <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getView()
	 * @generated
	 * @ordered
	 */
	protected static final String VIEW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getView() <em>View</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getView()
	 * @generated
	 * @ordered
	 */
	protected String view = VIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeriesUid() <em>Series Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesUid()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIES_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeriesUid() <em>Series Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesUid()
	 * @generated
	 * @ordered
	 */
	protected String seriesUid = SERIES_UID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudyPackage.Literals.IMAGE_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ImageKind newKind) {
		ImageKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudyPackage.IMAGE_REFERENCE__VISIT, oldVisit, visit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__VISIT, oldVisit, visit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRelativePath() {
		return relativePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelativePath(String newRelativePath) {
		String oldRelativePath = relativePath;
		relativePath = newRelativePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__RELATIVE_PATH, oldRelativePath, relativePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__SHA256, oldSha256, sha256));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getView() {
		return view;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setView(String newView) {
		String oldView = view;
		view = newView;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__VIEW, oldView, view));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeriesUid() {
		return seriesUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriesUid(String newSeriesUid) {
		String oldSeriesUid = seriesUid;
		seriesUid = newSeriesUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudyPackage.IMAGE_REFERENCE__SERIES_UID, oldSeriesUid, seriesUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudyPackage.IMAGE_REFERENCE__KIND:
				return getKind();
			case StudyPackage.IMAGE_REFERENCE__VISIT:
				if (resolve) return getVisit();
				return basicGetVisit();
			case StudyPackage.IMAGE_REFERENCE__DATE:
				return getDate();
			case StudyPackage.IMAGE_REFERENCE__RELATIVE_PATH:
				return getRelativePath();
			case StudyPackage.IMAGE_REFERENCE__SHA256:
				return getSha256();
			case StudyPackage.IMAGE_REFERENCE__DESCRIPTION:
				return getDescription();
			case StudyPackage.IMAGE_REFERENCE__VIEW:
				return getView();
			case StudyPackage.IMAGE_REFERENCE__SERIES_UID:
				return getSeriesUid();
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
			case StudyPackage.IMAGE_REFERENCE__KIND:
				setKind((ImageKind)newValue);
				return;
			case StudyPackage.IMAGE_REFERENCE__VISIT:
				setVisit((VisitDefinition)newValue);
				return;
			case StudyPackage.IMAGE_REFERENCE__DATE:
				setDate((Date)newValue);
				return;
			case StudyPackage.IMAGE_REFERENCE__RELATIVE_PATH:
				setRelativePath((String)newValue);
				return;
			case StudyPackage.IMAGE_REFERENCE__SHA256:
				setSha256((String)newValue);
				return;
			case StudyPackage.IMAGE_REFERENCE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case StudyPackage.IMAGE_REFERENCE__VIEW:
				setView((String)newValue);
				return;
			case StudyPackage.IMAGE_REFERENCE__SERIES_UID:
				setSeriesUid((String)newValue);
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
			case StudyPackage.IMAGE_REFERENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StudyPackage.IMAGE_REFERENCE__VISIT:
				setVisit((VisitDefinition)null);
				return;
			case StudyPackage.IMAGE_REFERENCE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case StudyPackage.IMAGE_REFERENCE__RELATIVE_PATH:
				setRelativePath(RELATIVE_PATH_EDEFAULT);
				return;
			case StudyPackage.IMAGE_REFERENCE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case StudyPackage.IMAGE_REFERENCE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case StudyPackage.IMAGE_REFERENCE__VIEW:
				setView(VIEW_EDEFAULT);
				return;
			case StudyPackage.IMAGE_REFERENCE__SERIES_UID:
				setSeriesUid(SERIES_UID_EDEFAULT);
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
			case StudyPackage.IMAGE_REFERENCE__KIND:
				return kind != KIND_EDEFAULT;
			case StudyPackage.IMAGE_REFERENCE__VISIT:
				return visit != null;
			case StudyPackage.IMAGE_REFERENCE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case StudyPackage.IMAGE_REFERENCE__RELATIVE_PATH:
				return RELATIVE_PATH_EDEFAULT == null ? relativePath != null : !RELATIVE_PATH_EDEFAULT.equals(relativePath);
			case StudyPackage.IMAGE_REFERENCE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case StudyPackage.IMAGE_REFERENCE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case StudyPackage.IMAGE_REFERENCE__VIEW:
				return VIEW_EDEFAULT == null ? view != null : !VIEW_EDEFAULT.equals(view);
			case StudyPackage.IMAGE_REFERENCE__SERIES_UID:
				return SERIES_UID_EDEFAULT == null ? seriesUid != null : !SERIES_UID_EDEFAULT.equals(seriesUid);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", date: ");
		result.append(date);
		result.append(", relativePath: ");
		result.append(relativePath);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", description: ");
		result.append(description);
		result.append(", view: ");
		result.append(view);
		result.append(", seriesUid: ");
		result.append(seriesUid);
		result.append(')');
		return result.toString();
	}

} //ImageReferenceImpl
