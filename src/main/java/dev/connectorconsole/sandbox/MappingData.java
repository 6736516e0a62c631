package dev.connectorconsole.sandbox;

import java.util.ArrayList;
import java.util.List;

/** A system mapping (virtual host:port → internal host:port) as the sandbox stores it; null texts were never set. */
final class MappingData {
    public String virtualHost;
    public String virtualPort;
    public String localHost;
    public String localPort;
    public String protocol;
    public String backendType;
    public String authenticationMode;
    /** VIRTUAL or INTERNAL for HTTP(S), null for the other protocols. */
    public String hostInHeader;
    public String sid;
    public String description;
    public String sncPartnerName;
    public String sapRouter;
    public long creationDate;
    public List<String> allowedClients = new ArrayList<>();
    public List<BlockedUserData> blockedUsers = new ArrayList<>();
    public List<ResourceData> resources = new ArrayList<>();

    /** The mapping's address in paths: {@code <virtualHost>:<virtualPort>}. */
    String key() {
        return virtualHost + ":" + virtualPort;
    }

    boolean isRfc() {
        return "RFC".equals(protocol) || "RFCS".equals(protocol);
    }

    boolean isHttp() {
        return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    }
}
