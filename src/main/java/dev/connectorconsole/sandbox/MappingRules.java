package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a system mapping body (scc-api.md §4.3): protocol, backend type and authentication mode from their
 * fixed sets and compatible with each other, ports as numbers or strings (RFC also {@code sapgwNN}/{@code sapmsSID}),
 * {@code hostInHeader} only kept for HTTP(S). Every refusal is 400 INVALID_REQUEST naming the property.
 */
final class MappingRules {
    /** Protocol → the authentication modes it allows (as the connector's UI and SAP's Terraform provider offer them). */
    private static final Map<String, Set<String>> AUTHENTICATION = new LinkedHashMap<>();

    static {
        Set<String> x509 = Set.of("NONE", "X509_GENERAL", "X509_RESTRICTED");
        AUTHENTICATION.put("HTTP", Set.of("NONE", "KERBEROS"));
        AUTHENTICATION.put("HTTPS", Set.of("NONE", "NONE_RESTRICTED", "X509_GENERAL", "X509_RESTRICTED", "KERBEROS"));
        AUTHENTICATION.put("RFC", Set.of("NONE"));
        AUTHENTICATION.put("RFCS", x509);
        for (String protocol : List.of("LDAP", "LDAPS", "TCP", "TCPS")) {
            AUTHENTICATION.put(protocol, Set.of("NONE"));
        }
    }

    private static final List<String> BACKEND_TYPES = List.of("abapSys", "netweaverCE", "netweaverGW", "applServerJava",
            "BC", "PI", "hana", "otherSAPsys", "nonSAPsys");
    private static final Set<String> RFC_BACKENDS = Set.of("abapSys", "netweaverGW");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]{0,253}[A-Za-z0-9_])?");
    private static final Pattern RFC_PORT = Pattern.compile("sapgw[0-9]{2}s?|sapms[A-Za-z0-9]{3}");
    static final Pattern ABAP_CLIENT = Pattern.compile("[0-9]{3}");

    private MappingRules() {}

    /** A new mapping from a create body; read-only fields (creationDate, counts) are ignored. */
    static MappingData fromBody(JsonNode body) {
        MappingData mapping = new MappingData();
        mapping.protocol = oneOf(body, "protocol", new ArrayList<>(AUTHENTICATION.keySet()), null);
        mapping.backendType = oneOf(body, "backendType", BACKEND_TYPES, null);
        mapping.authenticationMode = oneOf(body, "authenticationMode",
                List.of("NONE", "NONE_RESTRICTED", "X509_GENERAL", "X509_RESTRICTED", "KERBEROS"), "NONE");
        mapping.virtualHost = host(body, "virtualHost");
        mapping.localHost = host(body, "localHost");
        mapping.virtualPort = port(body, "virtualPort", mapping.isRfc());
        mapping.localPort = port(body, "localPort", mapping.isRfc());
        if (!AUTHENTICATION.get(mapping.protocol).contains(mapping.authenticationMode)) {
            throw ApiException.invalidRequest("Authentication mode '" + mapping.authenticationMode
                    + "' is not allowed for protocol " + mapping.protocol + "; allowed: "
                    + String.join(", ", AUTHENTICATION.get(mapping.protocol).stream().sorted().toList()));
        }
        if (mapping.isRfc() && !RFC_BACKENDS.contains(mapping.backendType)) {
            throw ApiException.invalidRequest("Back-end type '" + mapping.backendType + "' is not allowed for protocol "
                    + mapping.protocol + "; allowed: abapSys, netweaverGW");
        }
        if (mapping.isHttp()) {
            String hostInHeader = oneOf(body, "hostInHeader", List.of("VIRTUAL", "INTERNAL"), "VIRTUAL");
            mapping.hostInHeader = hostInHeader;
        }
        mapping.sid = JsonFields.optionalString(body, "sid");
        mapping.description = JsonFields.optionalString(body, "description");
        mapping.sncPartnerName = JsonFields.optionalString(body, "sncPartnerName");
        mapping.sapRouter = JsonFields.optionalString(body, "sapRouter");
        if (body.has("allowedClients") && !body.get("allowedClients").isNull()) {
            mapping.allowedClients = clients(body.get("allowedClients"));
        }
        if (body.has("blacklistedUsers") && !body.get("blacklistedUsers").isNull()) {
            mapping.blockedUsers = blockedUsers(body.get("blacklistedUsers"));
        }
        return mapping;
    }

    /** ABAP clients: a JSON array of three-digit strings (numbers accepted); duplicates dropped. */
    static List<String> clients(JsonNode array) {
        if (!array.isArray()) {
            throw ApiException.invalidRequest("Allowed clients must be a JSON array of three-digit client numbers");
        }
        List<String> clients = new ArrayList<>();
        for (JsonNode item : array) {
            String client = item.isIntegralNumber() ? String.format("%03d", item.intValue()) : item.asText("");
            if (!item.isValueNode() || !ABAP_CLIENT.matcher(client).matches()) {
                throw ApiException.invalidRequest("'" + item.asText() + "' is not an ABAP client (three digits)");
            }
            if (!clients.contains(client)) {
                clients.add(client);
            }
        }
        return clients;
    }

    /** Blocked users: a JSON array of {@code {client, user}}; duplicates dropped. */
    static List<BlockedUserData> blockedUsers(JsonNode array) {
        if (!array.isArray()) {
            throw ApiException.invalidRequest("Blocked client users must be a JSON array of {client, user}");
        }
        List<BlockedUserData> users = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw ApiException.invalidRequest("Blocked client users must be a JSON array of {client, user}");
            }
            BlockedUserData user = blockedUser(JsonFields.requiredString(item, "client"),
                    JsonFields.requiredString(item, "user"));
            if (users.stream().noneMatch(user::same)) {
                users.add(user);
            }
        }
        return users;
    }

    static BlockedUserData blockedUser(String client, String user) {
        if (!ABAP_CLIENT.matcher(client).matches()) {
            throw ApiException.invalidRequest("'" + client + "' is not an ABAP client (three digits)");
        }
        if (user.isBlank() || user.length() > 12 || user.contains(":")) {
            throw ApiException.invalidRequest("'" + user + "' is not an ABAP user name (1 to 12 characters, no ':')");
        }
        return BlockedUserData.of(client, user.toUpperCase(Locale.ROOT));
    }

    private static String oneOf(JsonNode body, String field, List<String> allowed, String fallback) {
        String value = JsonFields.optionalString(body, field);
        if (value == null || value.isEmpty()) {
            if (fallback == null) {
                throw ApiException.invalidRequest("Mandatory property '" + field + "' is missing");
            }
            return fallback;
        }
        return allowed.stream().filter(candidate -> candidate.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> ApiException.invalidRequest("Property '" + field + "' has the invalid value '" + value
                        + "'; allowed: " + String.join(", ", allowed)));
    }

    private static String host(JsonNode body, String field) {
        String host = JsonFields.requiredString(body, field).trim();
        if (!HOST.matcher(host).matches()) {
            throw ApiException.invalidRequest("Property '" + field + "' is not a valid host name: '" + host + "'");
        }
        return host;
    }

    private static String port(JsonNode body, String field, boolean rfc) {
        JsonNode value = body.get(field);
        String port = value == null || value.isNull() ? "" : value.asText("").trim();
        if (port.isEmpty() || value.isContainerNode()) {
            throw ApiException.invalidRequest("Mandatory property '" + field + "' is missing");
        }
        if (port.matches("[0-9]{1,5}") && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65_535) {
            return String.valueOf(Integer.parseInt(port));
        }
        if (rfc && RFC_PORT.matcher(port).matches()) {
            return port;
        }
        throw ApiException.invalidRequest("Property '" + field + "' must be a port between 1 and 65535"
                + (rfc ? " or a service name such as sapgw00 or sapmsABC" : "") + ": '" + port + "'");
    }
}
