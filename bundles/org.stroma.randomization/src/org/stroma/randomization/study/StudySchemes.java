package org.stroma.randomization.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyPackage;
import org.stroma.randomization.ArmRatio;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationScheme;

/**
 * Schemes made from a study's design: arms by code with the ratio of their allocation weights,
 * and factors whose levels come from the design (site codes) or the subject record (the literals
 * of {@code sex} or {@code diagnosis}; {@code true}/{@code false} for yes/no attributes).
 */
public final class StudySchemes {

    private StudySchemes() {
    }

    /** The study's arms by code, weighted as the design says (1:1:1, 2:1...). */
    public static List<ArmRatio> arms(Study design) {
        return design.getArms().stream().map(a -> new ArmRatio(a.getCode(), Math.max(1, a.getAllocationWeight())))
                .toList();
    }

    /**
     * A factor of this study.
     *
     * @param levels the levels, needed only for free-text attributes such as {@code subtype};
     *               empty to take them from the design
     * @throws IllegalArgumentException for a name that is neither {@code site} nor a categorical
     *                                  subject attribute, or a free-text one without levels
     */
    public static Factor factor(Study design, String name, double weight, List<String> levels) {
        if (!levels.isEmpty()) {
            return new Factor(name, levels, weight);
        }
        if (SubjectFactors.SITE.equals(name)) {
            return new Factor(name, design.getSites().stream().map(Site::getCode).toList(), weight);
        }
        EStructuralFeature feature = StudyPackage.eINSTANCE.getSubject().getEStructuralFeature(name);
        if (!(feature instanceof EAttribute attribute) || !SubjectFactors.attributeNames().contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a factor subjects have; factors are site, "
                    + String.join(", ", SubjectFactors.attributeNames()));
        }
        if (attribute.getEAttributeType() instanceof EEnum values) {
            return new Factor(name, values.getELiterals().stream().map(EEnumLiteral::getLiteral).toList(), weight);
        }
        if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
            return new Factor(name, List.of("true", "false"), weight);
        }
        throw new IllegalArgumentException("factor '" + name + "' is free text: give its levels, e.g. " + name
                + "=limited|diffuse");
    }

    /** @throws IllegalArgumentException when the scheme's arms or site levels are not the study's */
    static void requireFits(RandomizationScheme scheme, Study design) {
        List<String> codes = design.getArms().stream().map(Arm::getCode).toList();
        if (!new ArrayList<>(scheme.armIds()).equals(codes)) {
            throw new IllegalArgumentException("the scheme's arms " + scheme.armIds() + " are not the arms of study "
                    + design.getId() + " " + codes);
        }
        List<String> sites = design.getSites().stream().map(Site::getCode).toList();
        scheme.factors().stream().filter(f -> f.name().equals(SubjectFactors.SITE)).findFirst().ifPresent(f -> {
            if (!sites.containsAll(f.levels())) {
                throw new IllegalArgumentException("the scheme's sites " + f.levels() + " are not all sites of study "
                        + design.getId() + " " + sites);
            }
        });
    }

    /** Permuted blocks with the main scheme's arms and block sizes, or blocks of 1 or 2 ratio sums. */
    static RandomizationScheme blocksOf(Study design, Optional<RandomizationScheme> main) {
        List<Integer> multiples = main.map(RandomizationScheme::blockMultiples).filter(m -> !m.isEmpty())
                .orElse(List.of(1, 2));
        return RandomizationScheme.blocks(arms(design), multiples, 1);
    }
}
