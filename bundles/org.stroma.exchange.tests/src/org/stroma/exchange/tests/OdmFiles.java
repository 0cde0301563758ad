package org.stroma.exchange.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.stroma.demo.DemoDatabase;
import org.stroma.demo.DemoStudies;
import org.stroma.exchange.odm.OdmExport;
import org.stroma.model.study.Study;
import org.stroma.store.AuditEntry;
import org.w3c.dom.Document;

/** Exported files as the tests handle them: bytes, text, a file on disk, a DOM. */
final class OdmFiles {

    static final String ODM = "http://www.cdisc.org/ns/odm/v1.3";
    static final String STROMA = "http://stroma.org/odm/1.0";
    static final Instant CREATED = Instant.parse("2026-01-15T09:30:00Z");

    private OdmFiles() {
    }

    static byte[] export(OdmExport export, Study study, List<AuditEntry> trail, Instant createdAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(study, trail, createdAt, out);
        return out.toByteArray();
    }

    static Path write(Path folder, String name, byte[] xml) {
        try {
            return Files.write(folder.resolve(name), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String name, String xml) {
        return write(folder, name, xml.getBytes(StandardCharsets.UTF_8));
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    /** The file without what names its creation: the root's CreationDateTime and FileOID. */
    static String withoutCreationTime(byte[] xml) {
        return text(xml).replaceFirst(" FileOID=\"[^\"]*\"", "").replaceFirst(" CreationDateTime=\"[^\"]*\"", "");
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("the exported file does not parse", e);
        }
    }

    /** A demo study as the demo builds it, for expected values. */
    static Study demo(String id) {
        return DemoStudies.create(DemoDatabase.SEED).stream().filter(s -> s.getId().equals(id)).findFirst()
                .orElseThrow();
    }

    /** The line (from 1) of a position in a text. */
    static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
