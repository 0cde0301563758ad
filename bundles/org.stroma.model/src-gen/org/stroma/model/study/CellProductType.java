/**
 */
package org.stroma.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cell Product Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage#getCellProductType()
 * @model
 * @generated
 */
public enum CellProductType implements Enumerator {
	/**
	 * The '<em><b>SVF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SVF_VALUE
	 * @generated
	 * @ordered
	 */
	SVF(0, "SVF", "SVF"),

	/**
	 * The '<em><b>ADSC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADSC_VALUE
	 * @generated
	 * @ordered
	 */
	ADSC(1, "ADSC", "ADSC"),

	/**
	 * The '<em><b>ECM SVF GEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECM_SVF_GEL_VALUE
	 * @generated
	 * @ordered
	 */
	ECM_SVF_GEL(2, "ECM_SVF_GEL", "ECM_SVF_GEL"),

	/**
	 * The '<em><b>FAT MICROGRAFTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAT_MICROGRAFTS_VALUE
	 * @generated
	 * @ordered
	 */
	FAT_MICROGRAFTS(3, "FAT_MICROGRAFTS", "FAT_MICROGRAFTS");

	/**
	 * The '<em><b>SVF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SVF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SVF_VALUE = 0;

	/**
	 * The '<em><b>ADSC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADSC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADSC_VALUE = 1;

	/**
	 * The '<em><b>ECM SVF GEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECM_SVF_GEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECM_SVF_GEL_VALUE = 2;

	/**
	 * The '<em><b>FAT MICROGRAFTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAT_MICROGRAFTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAT_MICROGRAFTS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Cell Product Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CellProductType[] VALUES_ARRAY =
		new CellProductType[] {
			SVF,
			ADSC,
			ECM_SVF_GEL,
			FAT_MICROGRAFTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Cell Product Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CellProductType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cell Product Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellProductType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CellProductType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cell Product Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellProductType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CellProductType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cell Product Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellProductType get(int value) {
		switch (value) {
			case SVF_VALUE: return SVF;
			case ADSC_VALUE: return ADSC;
			case ECM_SVF_GEL_VALUE: return ECM_SVF_GEL;
			case FAT_MICROGRAFTS_VALUE: return FAT_MICROGRAFTS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CellProductType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CellProductType
