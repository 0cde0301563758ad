package org.stroma.exchange.odm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;

/**
 * Reads a study with its audit trail from a CDISC ODM 1.3.2 file written by {@link OdmExport}
 * and stores it. The file is checked whole before anything is stored: it must be well-formed,
 * valid against {@link OdmSchemas#stromaOdm()}, and every value must satisfy its ItemDef (type,
 * range checks, code list) and the installed instrument's items. A refused file leaves the
 * database as it was.
 *
 * @since 0.1
 */
@Component(service = OdmImport.class)
public final class OdmImport {

    private final InstrumentRegistry instruments;

    @Activate
    public OdmImport(@Reference InstrumentRegistry instruments) {
        this.instruments = instruments;
    }

    /**
     * Reads and checks an ODM document; nothing is stored.
     *
     * @throws OdmFileException naming the line, column and problem when the document is refused
     */
    public ImportedStudy read(byte[] xml) {
        OdmSchemas.validate(xml, OdmSchemas.stromaOdm());
        return new StudyReader(XmlElement.parse(xml), instruments).read();
    }

    /** Reads and checks an ODM file; nothing is stored. */
    public ImportedStudy read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads, checks and stores a study with its history, recording in the audit trail that
     * {@code user} imported it from {@code file}.
     *
     * @return the id of the imported study
     * @throws OdmFileException when the file is refused; nothing is stored
     * @throws StoreException   when the database already holds a study with that id or cannot
     *                          store it; nothing is stored
     */
    public String importFile(Path file, StudyDatabase database, String user) {
        return store(read(file), file.toAbsolutePath().normalize().toString(), database, user);
    }

    /**
     * Stores a study read before, recording in the audit trail that {@code user} imported it
     * from {@code source}.
     *
     * @return the id of the imported study
     * @throws StoreException when the database already holds a study with that id or cannot
     *                        store it; nothing is stored
     */
    public String store(ImportedStudy imported, String source, StudyDatabase database, String user) {
        String studyId = imported.study().getId();
        if (database.study(studyId).isPresent()) {
            throw new StoreException("the database already holds a study " + studyId + "; nothing was imported");
        }
        database.importStudy(imported.study(), imported.history(), source,
                new ChangeContext(user, "study imported from a CDISC ODM 1.3.2 file"));
        return studyId;
    }
}
