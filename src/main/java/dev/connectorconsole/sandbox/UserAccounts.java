package dev.connectorconsole.sandbox;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local user store: Basic authentication and the password/user-name change of
 * {@code PUT /api/v1/configuration/connector/authentication/basic}.
 * PBKDF2 is deliberately slow, so a successful check is remembered in memory as an HMAC under a key that lives only
 * in this process; the plain password is never kept.
 */
final class UserAccounts {
    private final StateStore store;
    private final byte[] cacheKey = new byte[32];
    /** stored hash → HMAC of the user name and password last verified against it (in memory only). */
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    UserAccounts(StateStore store) {
        this.store = store;
        new SecureRandom().nextBytes(cacheKey);
    }

    /** The user named in a valid {@code Authorization: Basic ...} header, or empty. */
    Optional<UserData> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        char[] chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(decoded)).array();
        Arrays.fill(decoded, (byte) 0);
        int colon = indexOf(chars, ':');
        if (colon < 0) {
            PasswordHash.wipe(chars);
            return Optional.empty();
        }
        String name = new String(chars, 0, colon);
        char[] password = Arrays.copyOfRange(chars, colon + 1, chars.length);
        PasswordHash.wipe(chars);
        try {
            return store.read(state -> findUser(state, name)).filter(user -> check(user, password));
        } finally {
            PasswordHash.wipe(password);
        }
    }

    /** Checks the password; a success is remembered per stored hash, so a changed password invalidates it. */
    private boolean check(UserData user, char[] password) {
        UserData snapshot = store.read(state -> copyOf(user));
        byte[] fast = hmac(snapshot.name, password);
        byte[] known = verified.get(snapshot.hash);
        if (known != null && MessageDigest.isEqual(known, fast)) {
            return true;
        }
        boolean matches = PasswordHash.matches(snapshot, password);
        if (matches) {
            verified.put(snapshot.hash, fast);
        }
        return matches;
    }

    /**
     * Applies a body of the basic-authentication PUT for the authenticated user, following the connector's rules:
     * {@code {oldPassword,newPassword}} changes the password, {@code {password,user}} renames, and a body naming a user
     * together with a new password changes nothing (the real connector answers 204 and ignores it).
     */
    void changeCredentials(String userName, String oldPassword, String newPassword, String password, String newUser) {
        if (newUser != null && newPassword != null) {
            return;
        }
        if (newUser != null) {
            rename(userName, password, newUser);
        } else {
            changePassword(userName, oldPassword, newPassword);
        }
    }

    private void changePassword(String userName, String oldPassword, String newPassword) {
        if (oldPassword == null || newPassword == null) {
            throw ApiException.invalidRequest("Both 'oldPassword' and 'newPassword' are required");
        }
        if (newPassword.isEmpty()) {
            throw ApiException.invalidRequest("The new password must not be empty");
        }
        store.write(state -> {
            UserData user = findUser(state, userName).orElseThrow(() -> ApiException.invalidRequest("Unknown user"));
            if (!PasswordHash.matches(user, oldPassword.toCharArray())) {
                throw ApiException.invalidRequest("The old password is not correct");
            }
            if (newPassword.equals(oldPassword)) {
                throw ApiException.invalidRequest("The new password must differ from the old password");
            }
            PasswordHash.setPassword(user, newPassword.toCharArray());
            user.mustChangePassword = false;
            verified.clear();
            return null;
        });
    }

    private void rename(String userName, String password, String newUser) {
        if (password == null || newUser.isBlank()) {
            throw ApiException.invalidRequest("Both 'password' and 'user' are required to change the user name");
        }
        store.write(state -> {
            UserData user = findUser(state, userName).orElseThrow(() -> ApiException.invalidRequest("Unknown user"));
            if (!PasswordHash.matches(user, password.toCharArray())) {
                throw ApiException.invalidRequest("The password is not correct");
            }
            verified.clear();
            user.name = newUser;
            return null;
        });
    }

    boolean mustChangePassword(String userName) {
        return store.read(state -> findUser(state, userName).map(user -> user.mustChangePassword).orElse(true));
    }

    /** A copy to verify outside the state lock, so a slow PBKDF2 check does not hold up other requests. */
    private static UserData copyOf(UserData user) {
        UserData copy = new UserData();
        copy.name = user.name;
        copy.algorithm = user.algorithm;
        copy.iterations = user.iterations;
        copy.salt = user.salt;
        copy.hash = user.hash;
        copy.mustChangePassword = user.mustChangePassword;
        return copy;
    }

    private static Optional<UserData> findUser(StateData state, String name) {
        return state.users.stream().filter(user -> user.name.equals(name)).findFirst();
    }

    private byte[] hmac(String name, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            mac.update(raw);
            Arrays.fill(raw, (byte) 0);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static int indexOf(char[] chars, char wanted) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
