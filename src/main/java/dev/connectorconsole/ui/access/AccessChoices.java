package dev.connectorconsole.ui.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a system mapping may be (scc-api.md §4.3), with the words the connector's own UI uses: back-end types, the
 * protocols each allows (RFC only for ABAP systems and gateways), and the principal types each protocol allows.
 * Values are the API's; labels are for people.
 */
public final class AccessChoices {
    private static final Map<String, String> BACKENDS = new LinkedHashMap<>();
    private static final Map<String, String> PROTOCOLS = new LinkedHashMap<>();
    private static final Map<String, String> PRINCIPALS = new LinkedHashMap<>();
    private static final Map<String, List<String>> PRINCIPALS_BY_PROTOCOL = new LinkedHashMap<>();
    private static final List<String> RFC_BACKENDS = List.of("abapSys", "netweaverGW");

    static {
        BACKENDS.put("abapSys", "ABAP System");
        BACKENDS.put("netweaverGW", "SAP Gateway");
        BACKENDS.put("applServerJava", "SAP Application Server Java");
        BACKENDS.put("netweaverCE", "SAP NetWeaver Composition Environment");
        BACKENDS.put("PI", "SAP Process Integration");
        BACKENDS.put("hana", "SAP HANA");
        BACKENDS.put("BC", "SAP Business Connector");
        BACKENDS.put("otherSAPsys", "Other SAP System");
        BACKENDS.put("nonSAPsys", "Non-SAP System");
        PROTOCOLS.put("HTTPS", "HTTPS");
        PROTOCOLS.put("HTTP", "HTTP");
        PROTOCOLS.put("RFCS", "RFC SNC");
        PROTOCOLS.put("RFC", "RFC");
        PROTOCOLS.put("LDAPS", "LDAPS");
        PROTOCOLS.put("LDAP", "LDAP");
        PROTOCOLS.put("TCPS", "TCP SSL");
        PROTOCOLS.put("TCP", "TCP");
        PRINCIPALS.put("NONE", "None");
        PRINCIPALS.put("NONE_RESTRICTED", "None (restricted)");
        PRINCIPALS.put("X509_GENERAL", "X.509 Certificate (General Usage)");
        PRINCIPALS.put("X509_RESTRICTED", "X.509 Certificate (Strict Usage)");
        PRINCIPALS.put("KERBEROS", "Kerberos");
        PRINCIPALS_BY_PROTOCOL.put("HTTPS", List.copyOf(PRINCIPALS.keySet()));
        PRINCIPALS_BY_PROTOCOL.put("HTTP", List.of("NONE", "KERBEROS"));
        PRINCIPALS_BY_PROTOCOL.put("RFCS", List.of("NONE", "X509_GENERAL", "X509_RESTRICTED"));
        for (String protocol : List.of("RFC", "LDAPS", "LDAP", "TCPS", "TCP")) {
            PRINCIPALS_BY_PROTOCOL.put(protocol, List.of("NONE"));
        }
    }

    private AccessChoices() {}

    public static List<String> backendTypes() {
        return List.copyOf(BACKENDS.keySet());
    }

    /** The protocols a back-end type allows, the secure ones first. */
    public static List<String> protocols(String backendType) {
        return PROTOCOLS.keySet().stream()
                .filter(protocol -> !isRfc(protocol) || RFC_BACKENDS.contains(backendType))
                .toList();
    }

    /** The principal types a protocol allows; "None" always. */
    public static List<String> principalTypes(String protocol) {
        return PRINCIPALS_BY_PROTOCOL.getOrDefault(protocol, List.of("NONE"));
    }

    public static boolean isHttp(String protocol) {
        return "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    }

    public static boolean isRfc(String protocol) {
        return "RFC".equals(protocol) || "RFCS".equals(protocol);
    }

    public static String backendLabel(String value) {
        return label(BACKENDS, value);
    }

    public static String protocolLabel(String value) {
        return label(PROTOCOLS, value);
    }

    public static String principalLabel(String value) {
        return label(PRINCIPALS, value);
    }

    /** How the request's Host header is set: the virtual host (the default) or the internal one. */
    public static String hostInHeaderLabel(String value) {
        return "INTERNAL".equalsIgnoreCase(value) ? "Use internal host" : "Use virtual host";
    }

    private static String label(Map<String, String> labels, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return labels.getOrDefault(value, value);
    }
}
