package dev.connectorconsole.connector;

import java.time.Instant;
import java.util.List;

/**
 * A system mapping: what the cloud calls {@code virtualHost:virtualPort} reaches {@code localHost:localPort} on premise.
 * Ports are strings (RFC also {@code sapgw00}, {@code sapmsERP}); protocol, backend type and authentication mode as
 * the API names them ({@code HTTPS}, {@code abapSys}, {@code X509_GENERAL}, …). {@code hostInHeader} ({@code VIRTUAL}
 * or {@code INTERNAL}) only for HTTP(S); {@code sid}, {@code description}, {@code sncPartnerName}, {@code sapRouter}
 * null when never set. {@code creationDate} and the resource counts are read-only (null / 0 in a mapping to send).
 */
public record SystemMapping(String virtualHost, String virtualPort, String localHost, String localPort, String protocol,
                            String backendType, String authenticationMode, String hostInHeader, String sid,
                            String description, String sncPartnerName, String sapRouter, List<String> allowedClients,
                            List<BlockedClientUser> blockedUsers, Instant creationDate, int totalResourcesCount,
                            int enabledResourcesCount) {
    public SystemMapping {
        allowedClients = allowedClients == null ? List.of() : List.copyOf(allowedClients);
        blockedUsers = blockedUsers == null ? List.of() : List.copyOf(blockedUsers);
    }

    /** A mapping to create, with the required fields only. */
    public static SystemMapping of(String virtualHost, String virtualPort, String localHost, String localPort,
                                   String protocol, String backendType, String authenticationMode) {
        return new SystemMapping(virtualHost, virtualPort, localHost, localPort, protocol, backendType,
                authenticationMode, null, null, null, null, null, List.of(), List.of(), null, 0, 0);
    }

    /** How the API addresses it in paths: {@code <virtualHost>:<virtualPort>}. */
    public String key() {
        return virtualHost + ":" + virtualPort;
    }

    public SystemMapping withHostInHeader(String value) {
        return new SystemMapping(virtualHost, virtualPort, localHost, localPort, protocol, backendType, authenticationMode,
                value, sid, description, sncPartnerName, sapRouter, allowedClients, blockedUsers, creationDate,
                totalResourcesCount, enabledResourcesCount);
    }

    public SystemMapping withDescription(String value) {
        return new SystemMapping(virtualHost, virtualPort, localHost, localPort, protocol, backendType, authenticationMode,
                hostInHeader, sid, value, sncPartnerName, sapRouter, allowedClients, blockedUsers, creationDate,
                totalResourcesCount, enabledResourcesCount);
    }
}
