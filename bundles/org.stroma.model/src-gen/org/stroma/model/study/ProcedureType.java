/**
 */
package org.stroma.model.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Procedure Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.stroma.model.study.StudyPackage#getProcedureType()
 * @model
 * @generated
 */
public enum ProcedureType implements Enumerator {
	/**
	 * The '<em><b>LIPOSUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIPOSUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	LIPOSUCTION(0, "LIPOSUCTION", "LIPOSUCTION"),

	/**
	 * The '<em><b>CELL PROCESSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELL_PROCESSING_VALUE
	 * @generated
	 * @ordered
	 */
	CELL_PROCESSING(1, "CELL_PROCESSING", "CELL_PROCESSING"),

	/**
	 * The '<em><b>FAT GRAFTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAT_GRAFTING_VALUE
	 * @generated
	 * @ordered
	 */
	FAT_GRAFTING(2, "FAT_GRAFTING", "FAT_GRAFTING"),

	/**
	 * The '<em><b>CELL INJECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELL_INJECTION_VALUE
	 * @generated
	 * @ordered
	 */
	CELL_INJECTION(3, "CELL_INJECTION", "CELL_INJECTION"),

	/**
	 * The '<em><b>HAIR TRANSPLANTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HAIR_TRANSPLANTATION_VALUE
	 * @generated
	 * @ordered
	 */
	HAIR_TRANSPLANTATION(4, "HAIR_TRANSPLANTATION", "HAIR_TRANSPLANTATION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>LIPOSUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIPOSUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIPOSUCTION_VALUE = 0;

	/**
	 * The '<em><b>CELL PROCESSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELL_PROCESSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CELL_PROCESSING_VALUE = 1;

	/**
	 * The '<em><b>FAT GRAFTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAT_GRAFTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAT_GRAFTING_VALUE = 2;

	/**
	 * The '<em><b>CELL INJECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CELL_INJECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CELL_INJECTION_VALUE = 3;

	/**
	 * The '<em><b>HAIR TRANSPLANTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HAIR_TRANSPLANTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HAIR_TRANSPLANTATION_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Procedure Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProcedureType[] VALUES_ARRAY =
		new ProcedureType[] {
			LIPOSUCTION,
			CELL_PROCESSING,
			FAT_GRAFTING,
			CELL_INJECTION,
			HAIR_TRANSPLANTATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Procedure Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProcedureType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Procedure Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcedureType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProcedureType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Procedure Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcedureType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProcedureType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Procedure Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProcedureType get(int value) {
		switch (value) {
			case LIPOSUCTION_VALUE: return LIPOSUCTION;
			case CELL_PROCESSING_VALUE: return CELL_PROCESSING;
			case FAT_GRAFTING_VALUE: return FAT_GRAFTING;
			case CELL_INJECTION_VALUE: return CELL_INJECTION;
			case HAIR_TRANSPLANTATION_VALUE: return HAIR_TRANSPLANTATION;
			case OTHER_VALUE: return OTHER;
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
	private ProcedureType(int value, String name, String literal) {
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
	
} //ProcedureType
