package dev.connectorconsole.accesscontrol;

import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import java.util.ArrayList;
import java.util.List;

/** A subaccount's access control: its exposed systems (with resources) and its domain mappings. */
public record AccessControlSet(List<ExposedSystem> systems, List<DomainMapping> domains) {
    public AccessControlSet {
        systems = List.copyOf(systems);
        domains = List.copyOf(domains);
    }

    /** Reads it from a connector: one call for the systems, one per system for its resources, one for the domains. */
    public static AccessControlSet read(SccClient client, String regionHost, String subaccount) {
        SystemMappings mappings = client.systemMappings(regionHost, subaccount);
        List<ExposedSystem> systems = new ArrayList<>();
        for (SystemMapping mapping : mappings.list()) {
            systems.add(new ExposedSystem(mapping, mapping.totalResourcesCount() == 0 ? List.of()
                    : mappings.resources(mapping.virtualHost(), mapping.virtualPort())));
        }
        return new AccessControlSet(systems, client.domainMappings(regionHost, subaccount).list());
    }

    public int resourceCount() {
        return systems.stream().mapToInt(s -> s.resources().size()).sum();
    }
}
