/**
 */
package org.stroma.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relatedness</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage#getRelatedness()
 * @model
 * @generated
 */
public enum Relatedness implements Enumerator {
	/**
	 * The '<em><b>NOT RELATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RELATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RELATED(0, "NOT_RELATED", "NOT_RELATED"),

	/**
	 * The '<em><b>UNLIKELY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNLIKELY_VALUE
	 * @generated
	 * @ordered
	 */
	UNLIKELY(1, "UNLIKELY", "UNLIKELY"),

	/**
	 * The '<em><b>POSSIBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLE_VALUE
	 * @generated
	 * @ordered
	 */
	POSSIBLE(2, "POSSIBLE", "POSSIBLE"),

	/**
	 * The '<em><b>PROBABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBABLE(3, "PROBABLE", "PROBABLE"),

	/**
	 * The '<em><b>DEFINITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFINITE_VALUE
	 * @generated
	 * @ordered
	 */
	DEFINITE(4, "DEFINITE", "DEFINITE");

	/**
	 * The '<em><b>NOT RELATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RELATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RELATED_VALUE = 0;

	/**
	 * The '<em><b>UNLIKELY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNLIKELY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNLIKELY_VALUE = 1;

	/**
	 * The '<em><b>POSSIBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSSIBLE_VALUE = 2;

	/**
	 * The '<em><b>PROBABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBABLE_VALUE = 3;

	/**
	 * The '<em><b>DEFINITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFINITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEFINITE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Relatedness</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Relatedness[] VALUES_ARRAY =
		new Relatedness[] {
			NOT_RELATED,
			UNLIKELY,
			POSSIBLE,
			PROBABLE,
			DEFINITE,
		};

	/**
	 * A public read-only list of all the '<em><b>Relatedness</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Relatedness> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relatedness</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relatedness get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relatedness result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relatedness</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relatedness getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Relatedness result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relatedness</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Relatedness get(int value) {
		switch (value) {
			case NOT_RELATED_VALUE: return NOT_RELATED;
			case UNLIKELY_VALUE: return UNLIKELY;
			case POSSIBLE_VALUE: return POSSIBLE;
			case PROBABLE_VALUE: return PROBABLE;
			case DEFINITE_VALUE: return DEFINITE;
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
	private Relatedness(int value, String name, String literal) {
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
	
} //Relatedness
