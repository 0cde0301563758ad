package org.stroma.randomization.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.util.Enumerator;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.Subject;
import org.stroma.randomization.Factor;
import org.stroma.security.AllocationRefusedException;

/**
 * A subject's level of each stratification or minimization factor: {@code site} is the code of
 * the subject's site; any other factor is the subject's attribute of that name ({@code sex},
 * {@code diagnosis}, {@code subtype}, {@code diseaseActive}...), as recorded at screening.
 */
public final class SubjectFactors {

    /** The factor every multi-site list may stratify by. */
    public static final String SITE = "site";

    private SubjectFactors() {
    }

    /** Subject attributes a factor may name, besides {@code site}. */
    public static List<String> attributeNames() {
        return StudyPackage.eINSTANCE.getSubject().getEAllAttributes().stream()
                .filter(SubjectFactors::isCategorical).map(EAttribute::getName).toList();
    }

    private static boolean isCategorical(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return !attribute.isMany() && type != null && (type == boolean.class || type == String.class
                || Enumerator.class.isAssignableFrom(type))
                && !List.of("id", "screeningId", "subjectId").contains(attribute.getName());
    }

    /**
     * @throws AllocationRefusedException when the subject has no value for a factor, or one that
     *                                    is not among the factor's levels
     */
    public static Map<String, String> levels(Subject subject, List<Factor> factors) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (Factor factor : factors) {
            String level = level(subject, factor.name());
            if (!factor.levels().contains(level)) {
                throw new AllocationRefusedException(label(subject) + " has " + factor.name() + " " + level
                        + ", which is not a level of the list (" + String.join(", ", factor.levels()) + ")");
            }
            levels.put(factor.name(), level);
        }
        return levels;
    }

    static String level(Subject subject, String factor) {
        if (SITE.equals(factor)) {
            if (subject.getSite() == null) {
                throw new AllocationRefusedException(label(subject) + " has no site recorded; the list is stratified by site");
            }
            return subject.getSite().getCode();
        }
        EStructuralFeature feature = subject.eClass().getEStructuralFeature(factor);
        if (!(feature instanceof EAttribute)) {
            throw new AllocationRefusedException("the list names factor " + factor + ", which subjects do not have");
        }
        Object value = subject.eGet(feature);
        if (value == null || !subject.eIsSet(feature) && !(value instanceof Boolean)) {
            throw new AllocationRefusedException(label(subject) + " has no " + factor + " recorded; the list needs it");
        }
        return value instanceof Enumerator literal ? literal.getLiteral() : String.valueOf(value);
    }

    static String label(Subject subject) {
        return subject.getSubjectId() != null ? subject.getSubjectId() : subject.getScreeningId();
    }
}
