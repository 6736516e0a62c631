package dev.connectorconsole.connector;

/** A connector's high-availability role ({@code GET .../haRole}); UNDEFINED until the first run chose one. */
public enum HaRole {
    MASTER, SHADOW, UNDEFINED;

    /** The JSON value the connector uses, {@code "master"} or {@code "shadow"}. */
    public String apiValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static HaRole fromApi(String role) {
        if (role == null) {
            return UNDEFINED;
        }
        return switch (role.toLowerCase(java.util.Locale.ROOT)) {
            case "master" -> MASTER;
            case "shadow" -> SHADOW;
            default -> UNDEFINED;
        };
    }
}
