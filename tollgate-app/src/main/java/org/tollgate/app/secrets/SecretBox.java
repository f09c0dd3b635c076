package org.tollgate.app.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the few secrets Tollgate must be able to read back (webhook signing secrets: the HMAC needs them), so a
 * copy of the database — a backup, a dump, a replica — does not give them away. API keys and passwords are hashed
 * instead and never come here.
 *
 * <p>AES-256-GCM with a random 96-bit nonce per value and the row's identity as associated data, so a sealed value
 * copied onto another row does not open. Sealed values read {@code v1:<base64url(nonce | ciphertext | tag)>}.
 *
 * <p>The key is {@code tollgate.secrets.key} (environment {@code TOLLGATE_SECRETS_KEY}: 32 bytes in base64) or, when
 * that is empty, the file {@code tollgate.secrets.key-file} (default {@code ~/.tollgate/secrets.key}), which is
 * created with a new random key (owner read/write only) on first use. Every instance sharing a database needs the
 * same key; a lost key makes the sealed secrets unreadable (the endpoints then need new secrets).
 */
@Component
public class SecretBox {
    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(
            @Value("${tollgate.secrets.key:}") String key,
            @Value("${tollgate.secrets.key-file:${user.home}/.tollgate/secrets.key}") Path keyFile) {
        this.key = new SecretKeySpec(key.isBlank() ? fromFile(keyFile) : decode(key, "tollgate.secrets.key"), "AES");
    }

    /** A box with the given 32-byte key (for tools and tests). */
    public static SecretBox withKey(byte[] key) {
        return new SecretBox(Base64.getEncoder().encodeToString(key), Path.of("unused"));
    }

    /** Whether {@code stored} is a sealed value (rather than a secret stored in clear by an older version). */
    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /**
     * Seals {@code secret} for the row {@code context} (say, {@code webhook_endpoint:<id>}).
     *
     * @return {@code v1:} and the base64url of nonce, ciphertext and tag
     */
    public String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens a value sealed for {@code context}; a value stored in clear by an older version is returned as it is.
     *
     * @throws SecretUnreadableException if the value was sealed with another key, for another row, or altered
     */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
            if (in.length <= NONCE_BYTES) {
                throw new SecretUnreadableException("a sealed secret is too short");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretUnreadableException(
                    "a sealed secret does not open with this key (another tollgate.secrets.key, or the value was"
                            + " altered or moved)");
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadableException("a sealed secret is not valid base64");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A sealed secret that cannot be opened. */
    public static final class SecretUnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SecretUnreadableException(String message) {
            super(message);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] k;
        try {
            k = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64");
        }
        if (k.length != 32) {
            throw new IllegalStateException(where + " must be 32 bytes (base64 of 32 random bytes), not " + k.length);
        }
        return k;
    }

    /** Reads the key file, creating it with a new random key when there is none. */
    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] k = new byte[32];
                RANDOM.nextBytes(k);
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                try {
                    Files.writeString(
                            file,
                            Base64.getEncoder().encodeToString(k) + "\n",
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    restrict(file);
                    log.info("Created a new secrets key in {} (keep it with the database's backups, apart)", file);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions have to do
        }
    }
}
