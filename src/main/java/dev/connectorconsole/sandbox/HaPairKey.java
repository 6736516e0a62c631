package dev.connectorconsole.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * SANDBOX: the key a pair shares after the shadow's first CONNECT, standing in for the X.509 certificates real
 * instances exchange then and reconnect with ("user and password can be omitted when reconnecting", scc-api.md §4.8).
 * It authenticates only the HA link call ({@link MasterSyncResource#PATH}); it lives in memory only.
 */
final class HaPairKey {
    static final String HEADER = "X-Sandbox-Ha-Pair";
    /** The name the link call is logged under when the pair's key authenticated it. */
    static final String LINK_USER = "ha-link";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> LINK_PATH = List.of(MasterSyncResource.PATH.split("/"));

    private final StateStore store;

    HaPairKey(StateStore store) {
        this.store = store;
    }

    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** True when {@code presented} is this master's pair key and the call is the HA link call. */
    boolean accepts(List<String> segments, String presented) {
        if (presented == null || !segments.equals(LINK_PATH)) {
            return false;
        }
        String key = store.read(state -> "master".equals(state.haRole) ? state.ha.pairKey : null);
        return key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
