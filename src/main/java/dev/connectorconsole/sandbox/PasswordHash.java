package dev.connectorconsole.sandbox;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Salted PBKDF2-HMAC-SHA256 password hashes; the plain password is never kept. */
final class PasswordHash {
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 120_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    static UserData newUser(String name, char[] password, boolean mustChangePassword) {
        UserData user = new UserData();
        user.name = name;
        user.mustChangePassword = mustChangePassword;
        setPassword(user, password);
        return user;
    }

    static void setPassword(UserData user, char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        user.algorithm = ALGORITHM;
        user.iterations = ITERATIONS;
        user.salt = Base64.getEncoder().encodeToString(salt);
        user.hash = Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    static boolean matches(UserData user, char[] password) {
        byte[] salt = Base64.getDecoder().decode(user.salt);
        byte[] expected = Base64.getDecoder().decode(user.hash);
        return MessageDigest.isEqual(expected, derive(password, salt, user.iterations));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
