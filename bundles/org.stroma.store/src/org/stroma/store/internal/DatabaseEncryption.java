package org.stroma.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.stroma.store.DatabaseKey;
import org.stroma.store.StoreException;

/**
 * Derby's data encryption: every page and log record on disk is AES-encrypted with a key that is
 * itself encrypted by the boot password, so a copied database folder is unreadable without it.
 */
final class DatabaseEncryption {

    private DatabaseEncryption() {
    }

    /**
     * Connection properties that boot {@code database} with {@code key}: for a new database, or one
     * made before encryption, they also ask Derby to encrypt it (an existing one is encrypted in
     * place as it boots). The key goes in properties, never in the URL, which Derby may log.
     */
    static Properties bootProperties(Path database, DatabaseKey key, boolean create) {
        Properties properties = new Properties();
        properties.setProperty("bootPassword", key.secret());
        if (create || !isEncrypted(database)) {
            properties.setProperty("dataEncryption", "true");
            properties.setProperty("encryptionAlgorithm", "AES/CBC/NoPadding");
            properties.setProperty("encryptionKeyLength", "256");
        }
        if (create) {
            properties.setProperty("create", "true");
        }
        return properties;
    }

    /** Whether Derby's service properties of {@code database} say its data are encrypted. */
    static boolean isEncrypted(Path database) {
        Path service = database.resolve("service.properties");
        if (!Files.isRegularFile(service)) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(service)) {
            properties.load(in);
        } catch (IOException e) {
            throw new StoreException("cannot read " + service + ": " + e.getMessage(), e);
        }
        return "true".equals(properties.getProperty("dataEncryption"));
    }
}
