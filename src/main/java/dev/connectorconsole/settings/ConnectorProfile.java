package dev.connectorconsole.settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One connector the app manages. Holds no secrets: passwords live in a {@link SecretStore} under
 * {@link #secretKey()}.
 *
 * @param image        image reference the container runs, e.g. {@code sapcc:2.19.1}
 * @param container    container name
 * @param adminUrl     the admin UI/API address, e.g. {@code https://localhost:8443}
 * @param pinnedSha256 the certificate fingerprint the user accepted (upper-case hex pairs joined by ':'), or null
 * @param user         the admin user name, e.g. {@code Administrator}
 * @param engine       the {@link NamedEngine} its container runs on; null for the default engine (and for a remote one)
 * @param haSwitchNote null, or why the roles of the high-availability pair made with this connector cannot be switched
 *                     from here (e.g. the master on another machine cannot be reached back from its shadow); kept so
 *                     that the High availability screen says it again after a restart. Profiles saved before it existed
 *                     load with null.
 */
public record ConnectorProfile(String name, String image, String container, int hostPort, String adminUrl,
                               String pinnedSha256, String user, String engine, String haSwitchNote) {
    public ConnectorProfile {
        haSwitchNote = haSwitchNote == null || haSwitchNote.isBlank() ? null : haSwitchNote;
    }

    /** No note about switching roles. */
    public ConnectorProfile(String name, String image, String container, int hostPort, String adminUrl,
                            String pinnedSha256, String user, String engine) {
        this(name, image, container, hostPort, adminUrl, pinnedSha256, user, engine, null);
    }

    /** On the default engine. */
    public ConnectorProfile(String name, String image, String container, int hostPort, String adminUrl,
                            String pinnedSha256, String user) {
        this(name, image, container, hostPort, adminUrl, pinnedSha256, user, null);
    }

    private static final Pattern CONTAINER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern SHA256 = Pattern.compile("([0-9A-F]{2}:){31}[0-9A-F]{2}");

    /** The key under which this profile's admin password is kept in a {@link SecretStore}. */
    public String secretKey() {
        return "connector/" + name + "/admin-password";
    }

    /** A connector that runs elsewhere: administered by its admin address, with no image or container here. */
    public static ConnectorProfile remote(String name, String adminUrl, String user) {
        return new ConnectorProfile(name, null, null, 0, adminUrl, null, user);
    }

    /** True for a connector that runs elsewhere, known only by its admin address. */
    public boolean isRemote() {
        return (image == null || image.isBlank()) && (container == null || container.isBlank());
    }

    public ConnectorProfile withPinnedSha256(String fingerprint) {
        return new ConnectorProfile(name, image, container, hostPort, adminUrl, fingerprint, user, engine, haSwitchNote);
    }

    public ConnectorProfile withImage(String newImage) {
        return new ConnectorProfile(name, newImage, container, hostPort, adminUrl, pinnedSha256, user, engine, haSwitchNote);
    }

    /** @param engineName a {@link NamedEngine}'s name; null or blank for the default engine */
    public ConnectorProfile withEngine(String engineName) {
        String named = engineName == null || engineName.isBlank() ? null : engineName;
        return new ConnectorProfile(name, image, container, hostPort, adminUrl, pinnedSha256, user, named, haSwitchNote);
    }

    /** @param note why the pair's roles cannot be switched from here; null or blank: they can */
    public ConnectorProfile withHaSwitchNote(String note) {
        return new ConnectorProfile(name, image, container, hostPort, adminUrl, pinnedSha256, user, engine, note);
    }

    /** The engine's name as shown: its own, or {@link NamedEngine#DEFAULT_NAME}. */
    public String engineShown() {
        return engine == null ? NamedEngine.DEFAULT_NAME : engine;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String label = name == null || name.isBlank() ? "A connector profile" : "Profile '" + name + "'";
        if (name == null || name.isBlank()) {
            problems.add("A connector profile has no name");
        }
        if (isRemote()) {
            if (adminUrl == null || !isHttpsUrl(adminUrl)) {
                problems.add(label + ": a connector without a container needs its https:// admin address");
            }
            return problems;
        }
        if (image == null || image.isBlank()) {
            problems.add(label + " has no image");
        }
        if (container == null || !CONTAINER_NAME.matcher(container).matches()) {
            problems.add(label + ": container name '" + container + "' may use only letters, digits, '_', '.' and '-'"
                    + " and must start with a letter or digit");
        }
        if (hostPort < 1 || hostPort > 65535) {
            problems.add(label + ": port " + hostPort + " is outside 1–65535");
        }
        if (adminUrl != null && !isHttpsUrl(adminUrl)) {
            problems.add(label + ": admin address '" + adminUrl + "' must be an https:// address");
        }
        if (pinnedSha256 != null && !SHA256.matcher(pinnedSha256).matches()) {
            problems.add(label + ": the pinned certificate fingerprint is not a SHA-256 fingerprint");
        }
        return problems;
    }

    private static boolean isHttpsUrl(String text) {
        try {
            URI uri = URI.create(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
