package org.stroma.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.demo.DemoStudies;
import org.stroma.exchange.odm.OdmExport;
import org.stroma.exchange.odm.OdmFileException;
import org.stroma.exchange.odm.OdmImport;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * A file that is malformed, invalid or holds a value its item does not allow is refused with the
 * line, the column and what is wrong, and the database is left as it was.
 */
@ExtendWith(ServiceExtension.class)
class OdmRefusalTest {

    /** The face site of the mRSS, scored 0-3. */
    private static final String FACE = "ItemOID=\"IT.INSTRUMENT.mrss.face\" Value=\"";

    @InjectService
    StudyStore store;

    @InjectService
    OdmExport export;

    @InjectService
    OdmImport odmImport;

    @TempDir
    Path temp;

    private String handsStudy() {
        return OdmFiles.text(OdmFiles.export(export, OdmFiles.demo(DemoStudies.SSC_HAND_SVF), List.of(),
                OdmFiles.CREATED));
    }

    /** The file with the first mRSS face score replaced by {@code value}. */
    private static String withFace(String xml, String value) {
        int at = xml.indexOf(FACE) + FACE.length();
        return xml.substring(0, at) + value + xml.substring(xml.indexOf('"', at));
    }

    @Test
    void anItemAboveItsRangeIsRefusedNamingTheItemAndNothingIsStored() {
        String xml = withFace(handsStudy(), "4");
        int line = OdmFiles.lineOf(xml, xml.indexOf(FACE));
        Path file = OdmFiles.write(temp, "face-4.xml", xml);
        try (StudyDatabase database = store.open(temp.resolve("db"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            OdmFileException refused = assertThrows(OdmFileException.class,
                    () -> odmImport.importFile(file, database, "importer"));
            assertEquals(line, refused.line(), refused.getMessage());
            assertTrue(refused.getMessage().startsWith("line " + line + ", column "), refused.getMessage());
            assertTrue(refused.getMessage().contains("IT.INSTRUMENT.mrss.face"), refused.getMessage());
            assertTrue(refused.getMessage().contains("value 4 fails its range check (must be at most 3)"),
                    refused.getMessage());
            assertTrue(database.studies().isEmpty(), "nothing stored");
            assertEquals(0, database.verifyAudit().entries(), "no audit row written");
        }
    }

    @Test
    void withoutTheFilesRangeCheckTheInstalledInstrumentStillRefusesTheValue() {
        String xml = withFace(handsStudy(), "4");
        int def = xml.indexOf("<ItemDef OID=\"IT.INSTRUMENT.mrss.face\"");
        int end = xml.indexOf("</ItemDef>", def);
        String itemDef = xml.substring(def, end).replaceAll("(?s)<RangeCheck .*?</RangeCheck>\\s*", "");
        Path file = OdmFiles.write(temp, "no-range.xml", xml.substring(0, def) + itemDef + xml.substring(end));
        OdmFileException refused = assertThrows(OdmFileException.class, () -> odmImport.read(file));
        assertTrue(refused.getMessage().contains("mRSS item \"face\": 4 is outside 0-3"), refused.getMessage());
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumnAndNothingIsStored() {
        String xml = handsStudy().replaceFirst("</GlobalVariables>", "</GlobalVariable>");
        int line = OdmFiles.lineOf(xml, xml.indexOf("</GlobalVariable>"));
        Path file = OdmFiles.write(temp, "malformed.xml", xml);
        try (StudyDatabase database = store.open(temp.resolve("db"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            OdmFileException refused = assertThrows(OdmFileException.class,
                    () -> odmImport.importFile(file, database, "importer"));
            assertEquals(line, refused.line(), refused.getMessage());
            assertTrue(refused.column() > 1, refused.getMessage());
            assertTrue(refused.getMessage().contains("GlobalVariables"), refused.getMessage());
            assertTrue(database.studies().isEmpty(), "nothing stored");
        }
    }

    @Test
    void anElementTheSchemaDoesNotAllowIsRefusedByName() {
        String xml = handsStudy().replaceFirst("<GlobalVariables>", "<GlobalVariables><Sponsor>Demo</Sponsor>");
        int line = OdmFiles.lineOf(xml, xml.indexOf("<Sponsor>"));
        OdmFileException refused = assertThrows(OdmFileException.class,
                () -> odmImport.read(OdmFiles.write(temp, "invalid.xml", xml)));
        assertEquals(line, refused.line(), refused.getMessage());
        assertTrue(refused.getMessage().contains("Sponsor"), refused.getMessage());
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsExpanded() {
        String xml = handsStudy().replaceFirst("\\?>", "?>\n<!DOCTYPE ODM [<!ENTITY demo \"demo\">]>");
        OdmFileException refused = assertThrows(OdmFileException.class,
                () -> odmImport.read(OdmFiles.write(temp, "doctype.xml", xml)));
        assertEquals(2, refused.line(), refused.getMessage());
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void aStudyTheDatabaseHoldsIsRefusedAndTheDatabaseIsUnchanged() {
        Path file = OdmFiles.write(temp, "hands.xml", handsStudy());
        try (StudyDatabase database = store.open(temp.resolve("db"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            assertEquals(DemoStudies.SSC_HAND_SVF, odmImport.importFile(file, database, "first"));
            long rows = database.verifyAudit().entries();
            StoreException refused = assertThrows(StoreException.class,
                    () -> odmImport.importFile(file, database, "second"));
            assertTrue(refused.getMessage().contains("already holds a study " + DemoStudies.SSC_HAND_SVF),
                    refused.getMessage());
            assertEquals(1, database.studies().size());
            assertEquals(rows, database.verifyAudit().entries(), "no audit row added");
        }
    }
}
