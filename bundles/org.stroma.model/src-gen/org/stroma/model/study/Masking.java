/**
 */
package org.stroma.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Masking</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage#getMasking()
 * @model
 * @generated
 */
public enum Masking implements Enumerator {
	/**
	 * The '<em><b>OPEN LABEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_LABEL_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_LABEL(0, "OPEN_LABEL", "OPEN_LABEL"),

	/**
	 * The '<em><b>ASSESSOR BLINDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSOR_BLINDED_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSOR_BLINDED(1, "ASSESSOR_BLINDED", "ASSESSOR_BLINDED"),

	/**
	 * The '<em><b>SINGLE BLIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_BLIND_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_BLIND(2, "SINGLE_BLIND", "SINGLE_BLIND"),

	/**
	 * The '<em><b>DOUBLE BLIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBLE_BLIND_VALUE
	 * @generated
	 * @ordered
	 */
	DOUBLE_BLIND(3, "DOUBLE_BLIND", "DOUBLE_BLIND");

	/**
	 * The '<em><b>OPEN LABEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_LABEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_LABEL_VALUE = 0;

	/**
	 * The '<em><b>ASSESSOR BLINDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSOR_BLINDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSOR_BLINDED_VALUE = 1;

	/**
	 * The '<em><b>SINGLE BLIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_BLIND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_BLIND_VALUE = 2;

	/**
	 * The '<em><b>DOUBLE BLIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBLE_BLIND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOUBLE_BLIND_VALUE = 3;

	/**
	 * An array of all the '<em><b>Masking</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Masking[] VALUES_ARRAY =
		new Masking[] {
			OPEN_LABEL,
			ASSESSOR_BLINDED,
			SINGLE_BLIND,
			DOUBLE_BLIND,
		};

	/**
	 * A public read-only list of all the '<em><b>Masking</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Masking> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Masking</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Masking get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Masking result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Masking</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Masking getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Masking result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Masking</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Masking get(int value) {
		switch (value) {
			case OPEN_LABEL_VALUE: return OPEN_LABEL;
			case ASSESSOR_BLINDED_VALUE: return ASSESSOR_BLINDED;
			case SINGLE_BLIND_VALUE: return SINGLE_BLIND;
			case DOUBLE_BLIND_VALUE: return DOUBLE_BLIND;
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
	private Masking(int value, String name, String literal) {
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
	
} //Masking
