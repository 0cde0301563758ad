package org.stroma.exchange.odm;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a file's own metadata sets for its items: each ItemData must name an ItemDef, its
 * value must be of the ItemDef's DataType, pass its hard RangeChecks and be one of its code
 * list's values. A value breaking a rule is refused, naming the item and where it is.
 */
final class ItemRules {

    private final Map<String, XmlElement> itemDefs = new HashMap<>();
    private final Map<String, Set<String>> codeLists = new HashMap<>();

    ItemRules(XmlElement metaDataVersion) {
        for (XmlElement itemDef : metaDataVersion.children("ItemDef")) {
            itemDefs.put(itemDef.attribute("OID"), itemDef);
        }
        for (XmlElement codeList : metaDataVersion.children("CodeList")) {
            Set<String> values = new LinkedHashSet<>();
            codeList.children("CodeListItem").forEach(item -> values.add(item.attribute("CodedValue")));
            codeList.children("EnumeratedItem").forEach(item -> values.add(item.attribute("CodedValue")));
            codeLists.put(codeList.attribute("OID"), values);
        }
    }

    /**
     * @param value   the ItemData's value; null for IsNull, which no rule refuses
     * @param context where the item is, e.g. "of subject S001 in form F.SUBJECT.procedures"
     */
    void check(XmlElement itemData, String value, String context) {
        String oid = itemData.attribute("ItemOID");
        XmlElement itemDef = itemDefs.get(oid);
        if (itemDef == null) {
            throw itemData.problem("item " + oid + " " + context + " has no ItemDef in the file's metadata");
        }
        if (value == null) {
            return;
        }
        String dataType = itemDef.attribute("DataType");
        try {
            checkType(dataType, value);
        } catch (IllegalArgumentException e) {
            throw itemData.problem("item " + oid + " " + context + ": " + e.getMessage() + ", as its DataType "
                    + dataType + " requires");
        }
        for (XmlElement rangeCheck : itemDef.children("RangeCheck")) {
            if ("Hard".equals(rangeCheck.attribute("SoftHard")) && !passes(rangeCheck, dataType, value)) {
                throw itemData.problem("item " + oid + " " + context + ": value " + value + " fails its range check "
                        + describe(rangeCheck));
            }
        }
        XmlElement codeListRef = itemDef.child("CodeListRef");
        if (codeListRef != null) {
            Set<String> codes = codeLists.get(codeListRef.attribute("CodeListOID"));
            if (codes == null) {
                throw itemDef.problem("ItemDef " + oid + " refers to code list " + codeListRef.attribute("CodeListOID")
                        + ", which the file does not define");
            }
            if (!codes.contains(value)) {
                throw itemData.problem("item " + oid + " " + context + ": value '" + value + "' is not in code list "
                        + codeListRef.attribute("CodeListOID") + " (" + String.join(", ", codes) + ")");
            }
        }
    }

    private static void checkType(String dataType, String value) {
        switch (dataType) {
            case "integer" -> ValueText.parseWhole(value);
            case "float", "double" -> ValueText.parseNumber(value);
            case "boolean" -> ValueText.parseBoolean(value);
            case "date" -> ValueText.parseDate(value);
            case "datetime" -> ValueText.parseInstant(value);
            default -> {
                // Text, strings and the partial date types are taken as written.
            }
        }
    }

    private static boolean passes(XmlElement rangeCheck, String dataType, String value) {
        String comparator = rangeCheck.attribute("Comparator");
        List<String> checkValues = rangeCheck.children("CheckValue").stream().map(c -> c.text().toString().strip())
                .toList();
        if (comparator == null || checkValues.isEmpty()) {
            return true;
        }
        boolean numeric = dataType.equals("integer") || dataType.equals("float") || dataType.equals("double");
        return switch (comparator) {
            case "IN" -> checkValues.stream().anyMatch(c -> compare(value, c, numeric) == 0);
            case "NOTIN" -> checkValues.stream().noneMatch(c -> compare(value, c, numeric) == 0);
            default -> {
                int order = compare(value, checkValues.get(0), numeric);
                yield switch (comparator) {
                    case "LT" -> order < 0;
                    case "LE" -> order <= 0;
                    case "GT" -> order > 0;
                    case "GE" -> order >= 0;
                    case "EQ" -> order == 0;
                    case "NE" -> order != 0;
                    default -> true;
                };
            }
        };
    }

    private static int compare(String value, String checkValue, boolean numeric) {
        if (!numeric) {
            return value.compareTo(checkValue);
        }
        double a = ValueText.parseNumber(value);
        double b = ValueText.parseNumber(checkValue);
        if (Double.isFinite(a) && Double.isFinite(b)) {
            return new BigDecimal(value).compareTo(new BigDecimal(checkValue));
        }
        return Double.compare(a, b);
    }

    private static String describe(XmlElement rangeCheck) {
        String words = switch (String.valueOf(rangeCheck.attribute("Comparator"))) {
            case "LT" -> "below";
            case "LE" -> "at most";
            case "GT" -> "above";
            case "GE" -> "at least";
            case "EQ" -> "equal to";
            case "NE" -> "other than";
            case "IN" -> "one of";
            case "NOTIN" -> "none of";
            default -> rangeCheck.attribute("Comparator");
        };
        return "(must be " + words + " " + String.join(", ", rangeCheck.children("CheckValue").stream()
                .map(c -> c.text().toString().strip()).toList()) + ")";
    }
}
