package org.stroma.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.demo.DemoDatabase;
import org.stroma.demo.DemoStudies;
import org.stroma.exchange.odm.OdmExport;
import org.stroma.exchange.odm.OdmSchemas;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Exported files are ODM 1.3.2 as CDISC's schemas define it, plus the Stroma extension only. */
@ExtendWith(ServiceExtension.class)
class OdmSchemaTest {

    @InjectService
    StudyStore store;

    @InjectService
    OdmExport export;

    @TempDir
    Path temp;

    @Test
    void everyDemoStudyWithItsAuditTrailValidatesAgainstOdmWithTheStromaExtension() {
        try (StudyDatabase database = store.open(temp.resolve("db"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            for (Study study : DemoDatabase.fill(database)) {
                byte[] xml = OdmFiles.export(export, study, database.auditTrail(study.getId()), OdmFiles.CREATED);
                assertDoesNotThrow(() -> OdmSchemas.validate(xml, OdmSchemas.stromaOdm()), study.getId());
                assertTrue(OdmFiles.text(xml).contains("<AuditRecord "), study.getId() + " carries its audit trail");
            }
        }
    }

    @Test
    void withoutTheStromaExtensionTheFileIsPlainOdm132() throws Exception {
        Document odm = OdmFiles.parse(OdmFiles.export(export, OdmFiles.demo(DemoStudies.LOS_FACE), List.of(),
                OdmFiles.CREATED));
        removeStromaNodes(odm.getDocumentElement());
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(odm), new StreamResult(plain));
        assertFalse(plain.toString().contains("stroma.org/odm"), "every Stroma node removed");
        assertDoesNotThrow(() -> OdmSchemas.validate(plain.toByteArray(), OdmSchemas.plainOdm()));
    }

    @Test
    void eachSubjectsArmIsInTheStromaExtensionAndTheArmsInTheDesign() {
        Study study = OdmFiles.demo(DemoStudies.LOS_FACE);
        Document odm = OdmFiles.parse(OdmFiles.export(export, study, List.of(), OdmFiles.CREATED));

        Map<String, String> armOfSubject = new LinkedHashMap<>();
        for (Element subjectData : elements(odm.getElementsByTagNameNS(OdmFiles.ODM, "SubjectData"))) {
            for (Element allocation : elements(subjectData.getElementsByTagNameNS(OdmFiles.STROMA, "ArmAllocation"))) {
                armOfSubject.put(subjectData.getAttribute("SubjectKey"), allocation.getAttribute("Arm"));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (Subject subject : study.getSubjects()) {
            if (subject.getAllocatedArm() != null) {
                expected.put(subject.getId(), subject.getAllocatedArm().getId());
            }
        }
        assertEquals(18, expected.size(), "the 18 randomized subjects of the LoS face trial");
        assertEquals(expected, armOfSubject);

        List<String> armCodes = elements(odm.getElementsByTagNameNS(OdmFiles.STROMA, "Arm")).stream()
                .map(arm -> arm.getAttribute("Code")).toList();
        assertEquals(study.getArms().stream().map(Arm::getCode).toList(), armCodes);
        List<String> armIds = study.getArms().stream().map(Arm::getId).toList();
        assertTrue(elements(odm.getElementsByTagNameNS(OdmFiles.ODM, "ItemData")).stream()
                .noneMatch(item -> armIds.contains(item.getAttribute("Value"))), "no ODM item carries the arm");
    }

    @Test
    void theBundledOdmSchemasAreCdiscsPublishedFiles() throws Exception {
        Map<String, String> published = Map.of(
                "ODM1-3-2.xsd", "ebc22b9eceb41db5e2af500182e3a5dfa20c8ec4aea711ddf22c978a62643fc5",
                "ODM1-3-2-foundation.xsd", "1d457ea3dd421202a28d249da0e6741b109fcf1e5772842bcc728fecf6ac1a3f",
                "xml.xsd", "258ac9c0f078fc9692735140f2d21541e8bf16941bed42833c1a5f965b52c6dc",
                "xmldsig-core-schema.xsd", "111a972ccb9916cb95df9af4b6c1775307292463639de69d6fe63516bb2d850e");
        for (Map.Entry<String, String> file : published.entrySet()) {
            assertEquals(file.getValue(), sha256("/schema/odm-1.3.2/" + file.getKey()), file.getKey());
        }
    }

    private static String sha256(String resource) throws IOException, java.security.NoSuchAlgorithmException {
        try (InputStream in = OdmSchemas.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is in the exchange bundle");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    private static void removeStromaNodes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> stroma = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (OdmFiles.STROMA.equals(attribute.getNamespaceURI()) || OdmFiles.STROMA.equals(attribute.getValue())) {
                stroma.add(attribute);
            }
        }
        stroma.forEach(element::removeAttributeNode);
        for (Node child = element.getFirstChild(); child != null;) {
            Node next = child.getNextSibling();
            if (child instanceof Element childElement) {
                if (OdmFiles.STROMA.equals(childElement.getNamespaceURI())) {
                    element.removeChild(childElement);
                } else {
                    removeStromaNodes(childElement);
                }
            }
            child = next;
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
