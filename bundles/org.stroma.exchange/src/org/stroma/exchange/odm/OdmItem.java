package org.stroma.exchange.odm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/**
 * One ODM ItemDef to write.
 *
 * @param question   the label an assessor reads, null when there is none
 * @param origin     "Derived" for computed scores, null otherwise
 * @param units      measurement units the item's values may carry
 * @param min        lowest allowed value as CheckValue text, null for no lower bound
 * @param max        highest allowed value as CheckValue text, null for no upper bound
 * @param codeListOid the code list of a coded item, null otherwise
 * @param codes      coded value to its decode, empty for items that are not coded
 */
record OdmItem(String oid, String name, String dataType, String description, String question, String origin,
        String comment, List<String> units, String min, String max, String codeListOid, Map<String, String> codes,
        boolean mandatory) {

    OdmItem {
        units = List.copyOf(units);
        codes = new LinkedHashMap<>(codes);
    }

    /** The item of one field of a model class, typed, ranged and coded by the model's metadata. */
    static OdmItem ofFeature(String oid, EStructuralFeature feature) {
        String min = null;
        String max = null;
        Map<String, String> codes = new LinkedHashMap<>();
        String codeList = null;
        if (feature.getEType() instanceof EEnum eEnum) {
            codeList = OdmNames.enumCodeList(feature);
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                String words = literal.getLiteral().replace('_', ' ').toLowerCase();
                codes.put(literal.getLiteral(), RecordForms.words(words));
            }
        } else if (feature.getEType() instanceof EDataType type) {
            min = ExtendedMetaData.INSTANCE.getMinInclusiveFacet(type);
            max = ExtendedMetaData.INSTANCE.getMaxInclusiveFacet(type);
        }
        return new OdmItem(oid, feature.getName(), ValueText.dataType(feature), RecordForms.documentation(feature),
                null, null, null, List.of(), min, max, codeList, codes, feature.getLowerBound() > 0);
    }
}
