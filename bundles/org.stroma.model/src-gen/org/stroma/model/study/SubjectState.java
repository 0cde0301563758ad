/**
 */
package org.stroma.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Subject State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage#getSubjectState()
 * @model
 * @generated
 */
public enum SubjectState implements Enumerator {
	/**
	 * The '<em><b>SCREENED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREENED_VALUE
	 * @generated
	 * @ordered
	 */
	SCREENED(0, "SCREENED", "SCREENED"),

	/**
	 * The '<em><b>EXCLUDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDED_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUDED(1, "EXCLUDED", "EXCLUDED"),

	/**
	 * The '<em><b>ENROLLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLED_VALUE
	 * @generated
	 * @ordered
	 */
	ENROLLED(2, "ENROLLED", "ENROLLED"),

	/**
	 * The '<em><b>ALLOCATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOCATED_VALUE
	 * @generated
	 * @ordered
	 */
	ALLOCATED(3, "ALLOCATED", "ALLOCATED"),

	/**
	 * The '<em><b>TREATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREATED_VALUE
	 * @generated
	 * @ordered
	 */
	TREATED(4, "TREATED", "TREATED"),

	/**
	 * The '<em><b>FOLLOWED UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOWED_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOWED_UP(5, "FOLLOWED_UP", "FOLLOWED_UP"),

	/**
	 * The '<em><b>WITHDRAWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAWN(6, "WITHDRAWN", "WITHDRAWN"),

	/**
	 * The '<em><b>LOST TO FOLLOW UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOST_TO_FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	LOST_TO_FOLLOW_UP(7, "LOST_TO_FOLLOW_UP", "LOST_TO_FOLLOW_UP"),

	/**
	 * The '<em><b>COMPLETED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETED_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLETED(8, "COMPLETED", "COMPLETED");

	/**
	 * The '<em><b>SCREENED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCREENED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCREENED_VALUE = 0;

	/**
	 * The '<em><b>EXCLUDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUDED_VALUE = 1;

	/**
	 * The '<em><b>ENROLLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENROLLED_VALUE = 2;

	/**
	 * The '<em><b>ALLOCATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLOCATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALLOCATED_VALUE = 3;

	/**
	 * The '<em><b>TREATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TREATED_VALUE = 4;

	/**
	 * The '<em><b>FOLLOWED UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOWED_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOWED_UP_VALUE = 5;

	/**
	 * The '<em><b>WITHDRAWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAWN_VALUE = 6;

	/**
	 * The '<em><b>LOST TO FOLLOW UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOST_TO_FOLLOW_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOST_TO_FOLLOW_UP_VALUE = 7;

	/**
	 * The '<em><b>COMPLETED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLETED_VALUE = 8;

	/**
	 * An array of all the '<em><b>Subject State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SubjectState[] VALUES_ARRAY =
		new SubjectState[] {
			SCREENED,
			EXCLUDED,
			ENROLLED,
			ALLOCATED,
			TREATED,
			FOLLOWED_UP,
			WITHDRAWN,
			LOST_TO_FOLLOW_UP,
			COMPLETED,
		};

	/**
	 * A public read-only list of all the '<em><b>Subject State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SubjectState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Subject State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SubjectState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Subject State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SubjectState get(int value) {
		switch (value) {
			case SCREENED_VALUE: return SCREENED;
			case EXCLUDED_VALUE: return EXCLUDED;
			case ENROLLED_VALUE: return ENROLLED;
			case ALLOCATED_VALUE: return ALLOCATED;
			case TREATED_VALUE: return TREATED;
			case FOLLOWED_UP_VALUE: return FOLLOWED_UP;
			case WITHDRAWN_VALUE: return WITHDRAWN;
			case LOST_TO_FOLLOW_UP_VALUE: return LOST_TO_FOLLOW_UP;
			case COMPLETED_VALUE: return COMPLETED;
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
	private SubjectState(int value, String name, String literal) {
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
	
} //SubjectState
