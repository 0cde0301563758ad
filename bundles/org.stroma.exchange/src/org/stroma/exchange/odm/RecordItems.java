package org.stroma.exchange.odm;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.model.study.StudyPackage.Literals;

/**
 * Which fields of a model class become ODM items, read from the model's metadata alone, so a
 * field added to the model is exported and imported without new code. A few fields are carried
 * by ODM's own structure instead of as items.
 */
final class RecordItems {

    /** Carried by structure: SiteRef, the arm extension, instrument forms, placement. */
    private static final Set<EStructuralFeature> PLACED = Set.of(Literals.SUBJECT__SITE,
            Literals.SUBJECT__ALLOCATED_ARM, Literals.SUBJECT__ASSESSMENTS, Literals.CELL_PRODUCT__DONOR,
            Literals.ASSESSMENT__VISIT, Literals.ASSESSMENT__INSTRUMENT_ID, Literals.ASSESSMENT__ITEM_VALUES,
            Literals.ASSESSMENT__SCORE_VALUES);

    private RecordItems() {
    }

    /** What the store keeps: neither derived, transient, volatile nor a container reference. */
    static boolean stored(EStructuralFeature feature) {
        return !feature.isDerived() && !feature.isTransient() && !feature.isVolatile()
                && !(feature instanceof EReference reference && reference.isContainer());
    }

    /** Single-valued fields written as items of the record's own group, the id first among them. */
    static List<EStructuralFeature> items(EClass recordClass) {
        return recordClass.getEAllStructuralFeatures().stream()
                .filter(f -> stored(f) && !f.isMany() && !isContainment(f) && !PLACED.contains(f)).toList();
    }

    /** Many-valued plain fields (texts, references): each becomes a repeating group of values. */
    static List<EStructuralFeature> valueLists(EClass recordClass) {
        return recordClass.getEAllStructuralFeatures().stream()
                .filter(f -> stored(f) && f.isMany() && !isContainment(f) && !PLACED.contains(f)).toList();
    }

    /** Contained records (lists or single), each a group of its own. */
    static List<EReference> recordLists(EClass recordClass) {
        return recordClass.getEAllContainments().stream().filter(f -> stored(f) && !PLACED.contains(f)).toList();
    }

    /**
     * The value to write, or null when there is none: an unsettable field left unset, or an
     * empty reference or text. Fields that are not unsettable always have a value to show, so
     * an ODM reader sees "false" rather than a missing item.
     */
    static Object valueToWrite(EObject record, EStructuralFeature feature) {
        if (feature.isUnsettable() && !record.eIsSet(feature)) {
            return null;
        }
        return record.eGet(feature);
    }

    /** The record's id, which every record of the study has. */
    static String idOf(EObject record) {
        String id = EcoreUtil.getID(record);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a " + record.eClass().getName() + " has no id; every record needs one");
        }
        return id;
    }

    private static boolean isContainment(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment();
    }
}
