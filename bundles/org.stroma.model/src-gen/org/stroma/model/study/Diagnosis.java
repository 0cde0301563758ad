/**
 */
package org.stroma.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Diagnosis</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage#getDiagnosis()
 * @model
 * @generated
 */
public enum Diagnosis implements Enumerator {
	/**
	 * The '<em><b>LOCALIZED SCLERODERMA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCALIZED_SCLERODERMA_VALUE
	 * @generated
	 * @ordered
	 */
	LOCALIZED_SCLERODERMA(0, "LOCALIZED_SCLERODERMA", "LOCALIZED_SCLERODERMA"),

	/**
	 * The '<em><b>SYSTEMIC SCLEROSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEMIC_SCLEROSIS_VALUE
	 * @generated
	 * @ordered
	 */
	SYSTEMIC_SCLEROSIS(1, "SYSTEMIC_SCLEROSIS", "SYSTEMIC_SCLEROSIS");

	/**
	 * The '<em><b>LOCALIZED SCLERODERMA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCALIZED_SCLERODERMA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCALIZED_SCLERODERMA_VALUE = 0;

	/**
	 * The '<em><b>SYSTEMIC SCLEROSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEMIC_SCLEROSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYSTEMIC_SCLEROSIS_VALUE = 1;

	/**
	 * An array of all the '<em><b>Diagnosis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Diagnosis[] VALUES_ARRAY =
		new Diagnosis[] {
			LOCALIZED_SCLERODERMA,
			SYSTEMIC_SCLEROSIS,
		};

	/**
	 * A public read-only list of all the '<em><b>Diagnosis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Diagnosis> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Diagnosis</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Diagnosis get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Diagnosis result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diagnosis</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Diagnosis getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Diagnosis result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Diagnosis</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Diagnosis get(int value) {
		switch (value) {
			case LOCALIZED_SCLERODERMA_VALUE: return LOCALIZED_SCLERODERMA;
			case SYSTEMIC_SCLEROSIS_VALUE: return SYSTEMIC_SCLEROSIS;
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
	private Diagnosis(int value, String name, String literal) {
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
	
} //Diagnosis
