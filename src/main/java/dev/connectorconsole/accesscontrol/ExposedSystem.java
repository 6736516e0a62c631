package dev.connectorconsole.accesscontrol;

import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SystemMapping;
import java.util.List;
import java.util.Objects;

/** One exposed system with its resources, as copied and exported. */
public record ExposedSystem(SystemMapping mapping, List<MappingResource> resources) {
    public ExposedSystem {
        resources = List.copyOf(resources);
    }

    /** Same target, protocol, back-end and principal type, and the same resources with the same flags. */
    public boolean sameAs(ExposedSystem other) {
        SystemMapping a = mapping;
        SystemMapping b = other.mapping;
        return a.localHost().equalsIgnoreCase(b.localHost()) && a.localPort().equals(b.localPort())
                && a.protocol().equals(b.protocol()) && a.backendType().equals(b.backendType())
                && Objects.equals(a.authenticationMode(), b.authenticationMode())
                && resourceKeys(resources).equals(resourceKeys(other.resources));
    }

    private static List<String> resourceKeys(List<MappingResource> resources) {
        return resources.stream().map(r -> r.id() + "|" + r.enabled() + "|" + r.exactMatchOnly() + "|"
                + r.websocketUpgradeAllowed()).sorted().toList();
    }
}
