package dev.connectorconsole.accesscontrol;

import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SystemMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What in a set of access control read from a file the connector would refuse half-way through an import: unknown
 * protocols, ports that are none, host names with a scheme or path, and the same system, resource or domain twice.
 * Checked before anything is sent, so a bad file writes nothing.
 */
final class ImportCheck {
    private static final Set<String> PROTOCOLS = Set.of("HTTP", "HTTPS", "RFC", "RFCS", "LDAP", "LDAPS", "TCP", "TCPS");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern RFC_SERVICE = Pattern.compile("sap(gw|ms)[A-Za-z0-9]+");

    private ImportCheck() {}

    static List<String> problems(AccessControlSet set) {
        List<String> problems = new ArrayList<>();
        Set<String> systems = new HashSet<>();
        for (ExposedSystem system : set.systems()) {
            SystemMapping m = system.mapping();
            String name = m.virtualHost() + ":" + m.virtualPort();
            if (!PROTOCOLS.contains(m.protocol())) {
                problems.add(name + " has the unknown protocol '" + m.protocol() + "'.");
            }
            boolean rfc = m.protocol().startsWith("RFC");
            if (!isPort(m.virtualPort(), rfc) || !isPort(m.localPort(), rfc)) {
                problems.add(name + " has a port that is none: " + m.virtualPort() + " / " + m.localPort() + ".");
            }
            if (!HOST.matcher(m.virtualHost()).matches() || !HOST.matcher(m.localHost()).matches()) {
                problems.add(name + " has a host that is no host name: " + m.virtualHost() + " / " + m.localHost()
                        + ".");
            }
            if (!systems.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(name + " is in the file twice.");
            }
            Set<String> resources = new HashSet<>();
            for (MappingResource resource : system.resources()) {
                if (!resources.add(resource.id())) {
                    problems.add(name + " lists the resource " + resource.id() + " twice.");
                }
            }
        }
        Set<String> domains = new HashSet<>();
        for (DomainMapping domain : set.domains()) {
            if (!domains.add(domain.internalDomain().toLowerCase(Locale.ROOT))) {
                problems.add("The internal domain " + domain.internalDomain() + " is mapped twice.");
            }
        }
        return problems;
    }

    private static boolean isPort(String value, boolean rfc) {
        if (value.matches("[0-9]{1,5}")) {
            int port = Integer.parseInt(value);
            return port >= 1 && port <= 65_535;
        }
        return rfc && RFC_SERVICE.matcher(value).matches();
    }
}
