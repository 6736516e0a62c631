package dev.connectorconsole.connector;

import java.time.Instant;

/**
 * A resource of a system mapping: a URL path (HTTP) or a function module name (RFC). {@code exactMatchOnly} false
 * means the path and its sub-paths (or the name as a prefix). {@code creationDate} is read-only (null to send).
 */
public record MappingResource(String id, boolean enabled, boolean exactMatchOnly, boolean websocketUpgradeAllowed,
                              String description, Instant creationDate) {
    public static MappingResource of(String id, boolean enabled, boolean exactMatchOnly, String description) {
        return new MappingResource(id, enabled, exactMatchOnly, false, description, null);
    }
}
