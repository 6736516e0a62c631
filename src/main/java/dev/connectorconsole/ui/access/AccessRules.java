package dev.connectorconsole.ui.access;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks the access-control forms run before anything is sent. Each returns "" when the value is fine,
 * otherwise one sentence telling the user what to change.
 */
public final class AccessRules {
    public static final int DESCRIPTION_MAX = 1024;

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]{0,253}[A-Za-z0-9_])?");
    private static final Pattern RFC_PORT = Pattern.compile("sapgw[0-9]{2}s?|sapms[A-Za-z0-9]{3}");
    private static final Pattern SID = Pattern.compile("[A-Z][A-Z0-9]{2}");

    private AccessRules() {}

    public static String host(String value, String which) {
        String host = value == null ? "" : value.trim();
        if (host.isEmpty()) {
            return "Enter the " + which + " host.";
        }
        if (host.contains("://") || host.contains("/")) {
            return "Enter the host name only, without a protocol or a path.";
        }
        if (host.contains(":")) {
            return "Enter the port in its own field.";
        }
        if (!HOST.matcher(host).matches()) {
            return "This is not a host name: use letters, digits, dots, hyphens and underscores.";
        }
        return "";
    }

    /** A port 1–65535; for RFC also a service name such as {@code sapgw00} or {@code sapmsERP}. */
    public static String port(String value, String protocol) {
        String port = value == null ? "" : value.trim();
        boolean rfc = AccessChoices.isRfc(protocol);
        if (port.isEmpty()) {
            return rfc ? "Enter a port, or a service such as sapgw00 or sapmsERP." : "Enter a port.";
        }
        if (port.matches("[0-9]{1,5}")) {
            int number = Integer.parseInt(port);
            return number >= 1 && number <= 65_535 ? "" : "A port is a number from 1 to 65535.";
        }
        if (rfc) {
            return RFC_PORT.matcher(port).matches() ? ""
                    : "Use a port number, sapgw<instance> (e.g. sapgw00) or sapms<SID> (e.g. sapmsERP).";
        }
        return "A port is a number from 1 to 65535.";
    }

    /**
     * The virtual host and port address the mapping for the cloud: no two mappings of a subaccount may share them.
     * @param taken the {@code host:port} keys of the other mappings, compared without case for the host
     */
    public static String uniqueVirtual(String host, String port, Collection<String> taken) {
        String key = (host == null ? "" : host.trim()) + ":" + (port == null ? "" : port.trim());
        boolean clash = taken.stream().anyMatch(other -> other.toLowerCase(Locale.ROOT)
                .equals(key.toLowerCase(Locale.ROOT)));
        return clash ? "Another system is already exposed as " + key + "; choose another virtual host or port." : "";
    }

    public static String required(String value, String what) {
        return value == null || value.isBlank() ? "Choose " + what + "." : "";
    }

    /** ABAP clients, comma-separated, three digits each; empty means every client may call. */
    public static String clients(String value) {
        for (String client : RfcLists.items(value)) {
            if (!client.matches("[0-9]{3}")) {
                return "'" + client + "' is not an ABAP client: three digits, e.g. 100.";
            }
        }
        return "";
    }

    /** Blocked users as {@code client:user}, comma-separated. */
    public static String blockedUsers(String value) {
        for (String item : RfcLists.items(value)) {
            String[] parts = item.split(":", 2);
            if (parts.length != 2 || !parts[0].trim().matches("[0-9]{3}") || parts[1].isBlank()
                    || parts[1].trim().length() > 12) {
                return "'" + item + "' is not client:user, e.g. 100:DDIC (a user has 1 to 12 characters).";
            }
        }
        return "";
    }

    public static String sid(String value) {
        String sid = value == null ? "" : value.trim();
        return sid.isEmpty() || SID.matcher(sid).matches() ? ""
                : "A system ID is three characters: an upper-case letter, then letters or digits (e.g. ERP).";
    }

    public static String description(String value) {
        return value != null && value.length() > DESCRIPTION_MAX
                ? "Keep the description under " + DESCRIPTION_MAX + " characters." : "";
    }

    /** A domain as cookies and redirects name it: {@code corp.local}, {@code .corp.local} also allowed. */
    public static String domain(String value, String which) {
        String domain = value == null ? "" : value.trim();
        if (domain.isEmpty()) {
            return "Enter the " + which + " domain, e.g. " + ("internal".equals(which) ? "corp.local." : "cloud.example.");
        }
        String bare = domain.startsWith(".") ? domain.substring(1) : domain;
        if (bare.contains("/") || bare.contains(":") || !HOST.matcher(bare).matches() || !bare.contains(".")) {
            return "A domain has at least one dot and no protocol, port or path, e.g. corp.local.";
        }
        return "";
    }

    /** No two domain mappings of a subaccount have the same internal domain. */
    public static String uniqueDomain(String internalDomain, Collection<String> taken) {
        String key = internalDomain == null ? "" : internalDomain.trim();
        return taken.stream().anyMatch(t -> t.equalsIgnoreCase(key))
                ? "The internal domain " + key + " is already mapped; change that mapping instead." : "";
    }

    /**
     * A resource of an HTTP mapping is a URL path starting with {@code /}; of an RFC mapping a function module name
     * (or its prefix). Not a second time for the same mapping.
     */
    public static String resourceId(String value, String protocol, Collection<String> taken) {
        String id = value == null ? "" : value.trim();
        boolean http = AccessChoices.isHttp(protocol);
        if (id.isEmpty()) {
            return http ? "Enter a URL path, e.g. /sap/opu/odata." : "Enter a function module name, e.g. BAPI_.";
        }
        if (http && !id.startsWith("/")) {
            return "A URL path starts with /, e.g. /sap/opu/odata.";
        }
        if (id.chars().anyMatch(Character::isWhitespace)) {
            return http ? "A URL path has no spaces; encode them as %20." : "A function module name has no spaces.";
        }
        if (taken.contains(id)) {
            return "This resource is already in the list.";
        }
        return "";
    }
}
