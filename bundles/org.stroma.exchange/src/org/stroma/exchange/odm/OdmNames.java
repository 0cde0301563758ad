package org.stroma.exchange.odm;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The namespaces and the OIDs a Stroma study takes in ODM. Record ids match
 * {@code [A-Za-z0-9][A-Za-z0-9-]*}, so OIDs built from them never contain an underscore and
 * the fixed OIDs below, which do, cannot collide with them.
 */
final class OdmNames {

    static final String ODM = "http://www.cdisc.org/ns/odm/v1.3";
    static final String STROMA = "http://stroma.org/odm/1.0";
    static final String STROMA_PREFIX = "stroma";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** The common event holding a subject's records that belong to no visit. */
    static final String SUBJECT_RECORDS_EVENT = "SE.SUBJECT_RECORDS";
    /** Assessments recorded without a visit of the schedule. */
    static final String UNSCHEDULED_EVENT = "SE.UNSCHEDULED_ASSESSMENTS";
    /** Where the audit trail was written: the study database, not a site. */
    static final String DATABASE_LOCATION = "LOC.STUDY_DATABASE";

    static final String SUBJECT_FORM = "F.SUBJECT";
    static final String ASSESSMENT_GROUP = "IG.Assessment";

    private static final String INSTRUMENT = "INSTRUMENT.";
    private static final String SCORE = "SCORE.";

    private OdmNames() {
    }

    static String visitEvent(String visitId) {
        return "SE." + visitId;
    }

    static String site(String siteId) {
        return "LOC." + siteId;
    }

    static String user(String name) {
        return "USR." + name;
    }

    static String unit(String unit) {
        return "MU." + unit;
    }

    static String metaDataVersion(String protocolVersion) {
        return "MDV." + (protocolVersion == null || protocolVersion.isEmpty() ? "1" : protocolVersion);
    }

    /** The form of one list a subject (or, for cell products, the study) holds. */
    static String recordForm(EStructuralFeature list) {
        return "F." + list.getEContainingClass().getName().toUpperCase() + "." + list.getName();
    }

    /** The group of a subject's own fields. */
    static String recordGroup(EClass recordClass) {
        return "IG." + recordClass.getName();
    }

    /** The group of the records or values one list holds. */
    static String listGroup(EStructuralFeature list) {
        return "IG." + list.getEContainingClass().getName() + "." + list.getName();
    }

    static String item(EClass recordClass, EStructuralFeature feature) {
        return "IT." + recordClass.getName() + "." + feature.getName();
    }

    static String enumCodeList(EStructuralFeature feature) {
        return "CL." + feature.getEType().getName();
    }

    static String instrumentForm(String instrumentId) {
        return "F." + INSTRUMENT + instrumentId;
    }

    static String instrumentItems(String instrumentId) {
        return "IG." + INSTRUMENT + instrumentId + ".ITEMS";
    }

    static String instrumentScores(String instrumentId) {
        return "IG." + INSTRUMENT + instrumentId + ".SCORES";
    }

    static String instrumentItem(String instrumentId, String code) {
        return "IT." + INSTRUMENT + instrumentId + "." + code;
    }

    static String instrumentScore(String instrumentId, String code) {
        return "IT." + INSTRUMENT + instrumentId + "." + SCORE + code;
    }

    static String choiceList(String instrumentId, String code) {
        return "CL." + INSTRUMENT + instrumentId + "." + code;
    }

    /** The instrument id of an instrument form's OID, or null for any other form. */
    static String instrumentOfForm(String formOid) {
        String prefix = "F." + INSTRUMENT;
        return formOid.startsWith(prefix) ? formOid.substring(prefix.length()) : null;
    }

    /** The item or score code of an instrument's item OID. */
    static String codeOfItem(String instrumentId, String itemOid, boolean score) {
        String prefix = "IT." + INSTRUMENT + instrumentId + "." + (score ? SCORE : "");
        if (!itemOid.startsWith(prefix)) {
            throw new IllegalArgumentException(itemOid + " is not " + (score ? "a score" : "an item") + " of "
                    + instrumentId);
        }
        return itemOid.substring(prefix.length());
    }

    /** The id after a prefix such as {@code SE.} or {@code LOC.}. */
    static String idAfter(String prefix, String oid) {
        return oid.startsWith(prefix) ? oid.substring(prefix.length()) : null;
    }
}
