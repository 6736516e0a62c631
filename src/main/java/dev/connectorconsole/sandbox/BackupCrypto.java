package dev.connectorconsole.sandbox;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the sensitive part of a backup with the backup password, as the real connector does: a key from
 * PBKDF2-HMAC-SHA256 (random salt) and AES-256-GCM (random nonce). The non-secret part of the backup is bound to the
 * ciphertext as additional authenticated data, so a changed configuration or a wrong password both fail to open.
 */
final class BackupCrypto {
    static final int ITERATIONS = 120_000;
    private static final int KEY_BITS = 256;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The encrypted bytes and what is needed, besides the password, to decrypt them (none of it secret). */
    record Sealed(byte[] salt, int iterations, byte[] nonce, byte[] ciphertext) {}

    /** The password is wrong or the backup was changed. */
    static final class WrongPasswordException extends Exception {
        WrongPasswordException() {
            super("The backup password is not correct, or the backup was changed");
        }
    }

    private BackupCrypto() {}

    static Sealed seal(char[] password, byte[] plain, byte[] boundData) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt, ITERATIONS), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundData);
            return new Sealed(salt, ITERATIONS, nonce, cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    static byte[] open(char[] password, Sealed sealed, byte[] boundData) throws WrongPasswordException {
        if (sealed.iterations() < 10_000 || sealed.iterations() > 10_000_000) {
            throw new WrongPasswordException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(password, sealed.salt(), sealed.iterations()),
                    new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(boundData);
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException e) {
            throw new WrongPasswordException();
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(),
                    "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
