/**
 */
package org.stroma.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Adverse Event Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage#getAdverseEventOutcome()
 * @model
 * @generated
 */
public enum AdverseEventOutcome implements Enumerator {
	/**
	 * The '<em><b>RECOVERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERED_VALUE
	 * @generated
	 * @ordered
	 */
	RECOVERED(0, "RECOVERED", "RECOVERED"),

	/**
	 * The '<em><b>RECOVERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERING_VALUE
	 * @generated
	 * @ordered
	 */
	RECOVERING(1, "RECOVERING", "RECOVERING"),

	/**
	 * The '<em><b>NOT RECOVERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RECOVERED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RECOVERED(2, "NOT_RECOVERED", "NOT_RECOVERED"),

	/**
	 * The '<em><b>RECOVERED WITH SEQUELAE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERED_WITH_SEQUELAE_VALUE
	 * @generated
	 * @ordered
	 */
	RECOVERED_WITH_SEQUELAE(3, "RECOVERED_WITH_SEQUELAE", "RECOVERED_WITH_SEQUELAE"),

	/**
	 * The '<em><b>FATAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FATAL_VALUE
	 * @generated
	 * @ordered
	 */
	FATAL(4, "FATAL", "FATAL"),

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(5, "UNKNOWN", "UNKNOWN");

	/**
	 * The '<em><b>RECOVERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECOVERED_VALUE = 0;

	/**
	 * The '<em><b>RECOVERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECOVERING_VALUE = 1;

	/**
	 * The '<em><b>NOT RECOVERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RECOVERED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RECOVERED_VALUE = 2;

	/**
	 * The '<em><b>RECOVERED WITH SEQUELAE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOVERED_WITH_SEQUELAE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECOVERED_WITH_SEQUELAE_VALUE = 3;

	/**
	 * The '<em><b>FATAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FATAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FATAL_VALUE = 4;

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 5;

	/**
	 * An array of all the '<em><b>Adverse Event Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdverseEventOutcome[] VALUES_ARRAY =
		new AdverseEventOutcome[] {
			RECOVERED,
			RECOVERING,
			NOT_RECOVERED,
			RECOVERED_WITH_SEQUELAE,
			FATAL,
			UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Adverse Event Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdverseEventOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Adverse Event Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdverseEventOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdverseEventOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adverse Event Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdverseEventOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdverseEventOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adverse Event Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdverseEventOutcome get(int value) {
		switch (value) {
			case RECOVERED_VALUE: return RECOVERED;
			case RECOVERING_VALUE: return RECOVERING;
			case NOT_RECOVERED_VALUE: return NOT_RECOVERED;
			case RECOVERED_WITH_SEQUELAE_VALUE: return RECOVERED_WITH_SEQUELAE;
			case FATAL_VALUE: return FATAL;
			case UNKNOWN_VALUE: return UNKNOWN;
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
	private AdverseEventOutcome(int value, String name, String literal) {
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
	
} //AdverseEventOutcome
