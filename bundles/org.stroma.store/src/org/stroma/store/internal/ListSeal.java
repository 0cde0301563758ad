package org.stroma.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.stroma.store.DatabaseKey;
import org.stroma.store.StoreException;

/**
 * Seals an allocation list's content with AES-256-GCM under a key derived from the database key
 * and the list's own random salt (PBKDF2-HMAC-SHA-256). What the list belongs to (study, purpose,
 * list id) is bound in as associated data, so a sealed list copied onto another row does not open.
 * The tables therefore hold only ciphertext: reading a list needs the store and its caller's
 * checks, not just access to the database.
 */
final class ListSeal {

    private static final int ITERATIONS = 120_000;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseKey key;

    ListSeal(DatabaseKey key) {
        this.key = key;
    }

    /** The sealed form: salt, nonce and ciphertext. */
    record Sealed(String salt, String nonce, byte[] ciphertext) {
    }

    Sealed seal(String content, String boundTo) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, salt, nonce, boundTo);
            byte[] ciphertext = cipher.doFinal(content.getBytes(StandardCharsets.UTF_8));
            return new Sealed(HexFormat.of().formatHex(salt), HexFormat.of().formatHex(nonce), ciphertext);
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot seal the allocation list: " + e.getMessage(), e);
        }
    }

    String open(Sealed sealed, String boundTo) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, HexFormat.of().parseHex(sealed.salt()),
                    HexFormat.of().parseHex(sealed.nonce()), boundTo);
            return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new StoreException("the allocation list " + boundTo
                    + " does not open: it has been altered or moved (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Cipher cipher(int mode, byte[] salt, byte[] nonce, String boundTo) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(key.secret().toCharArray(), salt, ITERATIONS, 256);
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
