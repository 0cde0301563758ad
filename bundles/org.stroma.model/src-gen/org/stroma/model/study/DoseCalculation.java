/**
 */
package org.stroma.model.study;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dose Calculation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One cell dosing calculation saved with a procedure: what was calculated, from which inputs, by which formula version, with what result, by whom and when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.stroma.model.study.DoseCalculation#getCalculation <em>Calculation</em>}</li>
 *   <li>{@link org.stroma.model.study.DoseCalculation#getFormulaVersion <em>Formula Version</em>}</li>
 *   <li>{@link org.stroma.model.study.DoseCalculation#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.stroma.model.study.DoseCalculation#getResult <em>Result</em>}</li>
 *   <li>{@link org.stroma.model.study.DoseCalculation#getCalculatedBy <em>Calculated By</em>}</li>
 *   <li>{@link org.stroma.model.study.DoseCalculation#getCalculatedAt <em>Calculated At</em>}</li>
 * </ul>
 *
 * @see org.stroma.model.study.StudyPackage#getDoseCalculation()
 * @model
 * @generated
 */
public interface DoseCalculation extends Identified {
	/**
	 * Returns the value of the '<em><b>Calculation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was calculated, e.g. adsc (ADSC dose), product-check, svf-mix, expansion, ecm-gel, injection-plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calculation</em>' attribute.
	 * @see #setCalculation(String)
	 * @see org.stroma.model.study.StudyPackage#getDoseCalculation_Calculation()
	 * @model required="true"
	 * @generated
	 */
	String getCalculation();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DoseCalculation#getCalculation <em>Calculation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calculation</em>' attribute.
	 * @see #getCalculation()
	 * @generated
	 */
	void setCalculation(String value);

	/**
	 * Returns the value of the '<em><b>Formula Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The formula and its version, e.g. adsc-dose/1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Formula Version</em>' attribute.
	 * @see #setFormulaVersion(String)
	 * @see org.stroma.model.study.StudyPackage#getDoseCalculation_FormulaVersion()
	 * @model
	 * @generated
	 */
	String getFormulaVersion();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DoseCalculation#getFormulaVersion <em>Formula Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formula Version</em>' attribute.
	 * @see #getFormulaVersion()
	 * @generated
	 */
	void setFormulaVersion(String value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The inputs as entered, with their units, one name = value per line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' attribute.
	 * @see #setInputs(String)
	 * @see org.stroma.model.study.StudyPackage#getDoseCalculation_Inputs()
	 * @model
	 * @generated
	 */
	String getInputs();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DoseCalculation#getInputs <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' attribute.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The result as shown to the user, one line per figure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see #setResult(String)
	 * @see org.stroma.model.study.StudyPackage#getDoseCalculation_Result()
	 * @model
	 * @generated
	 */
	String getResult();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DoseCalculation#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(String value);

	/**
	 * Returns the value of the '<em><b>Calculated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User name of who calculated and saved it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calculated By</em>' attribute.
	 * @see #setCalculatedBy(String)
	 * @see org.stroma.model.study.StudyPackage#getDoseCalculation_CalculatedBy()
	 * @model
	 * @generated
	 */
	String getCalculatedBy();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DoseCalculation#getCalculatedBy <em>Calculated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calculated By</em>' attribute.
	 * @see #getCalculatedBy()
	 * @generated
	 */
	void setCalculatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Calculated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was calculated (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calculated At</em>' attribute.
	 * @see #setCalculatedAt(Date)
	 * @see org.stroma.model.study.StudyPackage#getDoseCalculation_CalculatedAt()
	 * @model
	 * @generated
	 */
	Date getCalculatedAt();

	/**
	 * Sets the value of the '{@link org.stroma.model.study.DoseCalculation#getCalculatedAt <em>Calculated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calculated At</em>' attribute.
	 * @see #getCalculatedAt()
	 * @generated
	 */
	void setCalculatedAt(Date value);

} // DoseCalculation
