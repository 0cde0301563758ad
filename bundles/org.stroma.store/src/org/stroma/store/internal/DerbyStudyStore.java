package org.stroma.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.stroma.model.study.StudyPackage;
import org.stroma.store.AuditVerification;
import org.stroma.store.BackupSummary;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * {@link StudyStore} on embedded Apache Derby. A workspace folder holds the Derby database in
 * {@code database/} and Derby's own log in {@code logs/derby.log}.
 */
@Component(service = StudyStore.class)
public final class DerbyStudyStore implements StudyStore {

    static final String DATABASE_DIR = "database";
    private static final String DERBY_BUNDLE = "derby";
    private static final String DERBY_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";

    private final Driver driver;

    @Activate
    public DerbyStudyStore(BundleContext context) {
        this(loadDriver(context));
    }

    /** A store on a Derby driver the caller loaded, for programs that run outside OSGi. */
    public DerbyStudyStore(Driver driver) {
        this.driver = driver;
        // Touching the generated package registers it, so stored study records can be read back.
        StudyPackage.eINSTANCE.eClass();
    }

    @Override
    public boolean exists(Path folder) {
        return Files.isDirectory(folder.resolve(DATABASE_DIR).resolve("seg0"));
    }

    @Override
    public StudyDatabase open(Path folder, DatabaseKey key) {
        return open(folder, key, true);
    }

    /**
     * @param audited false opens a database whose saves write no audit rows, only so a benchmark
     *                in this package can measure what auditing costs; the product has no way here
     */
    StudyDatabase open(Path folder, DatabaseKey key, boolean audited) {
        Path workspace = folder.toAbsolutePath().normalize();
        prepareFolder(workspace);
        boolean create = !exists(workspace);
        Path database = workspace.resolve(DATABASE_DIR);
        if (create && Files.exists(database)) {
            throw new StoreException(database + " exists but is not a Stroma study database");
        }
        try {
            Connection connection = connect(database, DatabaseEncryption.bootProperties(database, key, create));
            connection.setAutoCommit(false);
            return new DerbyStudyDatabase(workspace, database, connection, driver, key, audited);
        } catch (SQLException e) {
            throw new StoreException("cannot open the study database in " + workspace + ": "
                    + DerbyErrors.describe(e), e);
        }
    }

    private Connection connect(Path database, Properties properties) throws SQLException {
        String url = "jdbc:derby:" + database;
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new StoreException("Apache Derby refused the database URL " + url);
        }
        return connection;
    }

    @Override
    public BackupSummary restore(Path backupFile, Path folder, DatabaseKey key,
            java.util.function.Consumer<StudyDatabase> acceptance) {
        Path workspace = folder.toAbsolutePath().normalize();
        if (exists(workspace)) {
            throw new StoreException(workspace + " already holds a study database; restore into a new folder");
        }
        BackupArchive.Contents contents = BackupArchive.unpack(backupFile, workspace.resolve(DATABASE_DIR));
        try (StudyDatabase restored = open(workspace, key)) {
            AuditVerification audit = restored.verifyAudit();
            ((DerbyStudyDatabase) restored).checkTables();
            if (!audit.intact()) {
                throw new StoreException("the restored audit trail is broken: " + audit.message());
            }
            acceptance.accept(restored);
            return new BackupSummary(backupFile, contents.files(), restored.schemaVersion(), audit);
        } catch (RuntimeException e) {
            BackupArchive.deleteQuietly(workspace.resolve(DATABASE_DIR));
            throw e;
        }
    }

    private static void prepareFolder(Path workspace) {
        try {
            if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
                throw new StoreException(workspace + " is a file, not a folder");
            }
            Files.createDirectories(workspace.resolve("logs"));
            // Derby writes its diagnostics to derby.log in the working directory unless told
            // otherwise; keep it with the data it describes.
            if (System.getProperty("derby.stream.error.file") == null) {
                System.setProperty("derby.stream.error.file",
                        workspace.resolve("logs").resolve("derby.log").toString());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the study folder " + workspace + ": " + e.getMessage(), e);
        }
    }

    /** Loads Derby's driver from the derby bundle: DriverManager cannot see across bundles. */
    private static Driver loadDriver(BundleContext context) {
        Bundle derby = Stream.of(context.getBundles())
                .filter(b -> DERBY_BUNDLE.equals(b.getSymbolicName()))
                .findFirst()
                .orElseThrow(() -> new StoreException("the Apache Derby bundle is not installed"));
        try {
            return (Driver) derby.loadClass(DERBY_DRIVER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new StoreException("cannot load the Apache Derby driver: " + e, e);
        }
    }
}
