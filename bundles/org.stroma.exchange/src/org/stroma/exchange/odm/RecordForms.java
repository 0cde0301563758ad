package org.stroma.exchange.odm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.model.study.StudyPackage.Literals;

/**
 * The subject-level forms, derived from the model: the subject's own fields, then one form per
 * list a subject holds (consents, path, procedures, adverse events...), and the cell products a
 * subject donated. A record's own lists (a procedure's injection sites, an override's criteria)
 * are further repeating groups of its form, keyed {@code parentKey.position}.
 */
final class RecordForms {

    /**
     * One item group.
     *
     * @param recordClass the class of the records it holds; null when it holds plain values
     * @param list        the list it represents; null for the subject's own fields
     */
    record Group(String oid, String name, EClass recordClass, EStructuralFeature list, boolean repeating) {

        boolean holdsValues() {
            return recordClass == null;
        }

        List<EStructuralFeature> items() {
            return holdsValues() ? List.of(list) : RecordItems.items(recordClass);
        }

        String itemOid(EStructuralFeature feature) {
            return holdsValues() ? OdmNames.item(list.getEContainingClass(), list)
                    : OdmNames.item(recordClass, feature);
        }
    }

    /** One form; {@code list} is null for the subject's own form. */
    record Form(String oid, String name, String description, EStructuralFeature list, List<Group> groups) {
    }

    private static final List<Form> FORMS = build();
    private static final Map<String, Form> FORMS_BY_OID = index(FORMS);

    private RecordForms() {
    }

    static List<Form> all() {
        return FORMS;
    }

    static Form form(String oid) {
        return FORMS_BY_OID.get(oid);
    }

    static Form formOf(EStructuralFeature list) {
        return form(OdmNames.recordForm(list));
    }

    static String documentation(EModelElement element) {
        return EcoreUtil.getDocumentation(element);
    }

    private static List<Form> build() {
        List<Form> forms = new ArrayList<>();
        EClass subject = Literals.SUBJECT;
        List<Group> own = new ArrayList<>();
        own.add(new Group(OdmNames.recordGroup(subject), "Subject", subject, null, false));
        addValueGroups(subject, own);
        forms.add(new Form(OdmNames.SUBJECT_FORM, "Subject", documentation(subject), null, own));
        List<EReference> lists = new ArrayList<>(RecordItems.recordLists(subject));
        lists.add(Literals.STUDY__CELL_PRODUCTS);
        for (EReference list : lists) {
            List<Group> groups = new ArrayList<>();
            addListGroups(list, groups);
            forms.add(new Form(OdmNames.recordForm(list), words(list.getName()), documentation(list), list, groups));
        }
        return List.copyOf(forms);
    }

    private static void addListGroups(EReference list, List<Group> groups) {
        EClass type = list.getEReferenceType();
        groups.add(new Group(OdmNames.listGroup(list), words(list.getName()), type, list, list.isMany()));
        addValueGroups(type, groups);
        for (EReference nested : RecordItems.recordLists(type)) {
            addListGroups(nested, groups);
        }
    }

    private static void addValueGroups(EClass type, List<Group> groups) {
        for (EStructuralFeature values : RecordItems.valueLists(type)) {
            groups.add(new Group(OdmNames.listGroup(values), words(values.getName()), null, values, true));
        }
    }

    private static Map<String, Form> index(List<Form> forms) {
        Map<String, Form> byOid = new LinkedHashMap<>();
        forms.forEach(form -> byOid.put(form.oid(), form));
        return byOid;
    }

    /** {@code adverseEvents} as "Adverse events". */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
