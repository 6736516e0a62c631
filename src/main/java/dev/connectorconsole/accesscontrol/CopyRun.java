package dev.connectorconsole.accesscontrol;

import dev.connectorconsole.connector.DomainMappings;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import java.util.function.IntConsumer;

/** Applies a {@link CopyPlan} to one subaccount: creates what it says, nothing else, and counts the requests. */
public final class CopyRun {
    /** What was done: items created and requests sent. */
    public record Outcome(int systemsCreated, int resourcesCreated, int domainsCreated, int requests) {}

    private CopyRun() {}

    /** @param progress told the number of items done so far, after each */
    public static Outcome apply(CopyPlan plan, SccClient client, String regionHost, String subaccount,
                                IntConsumer progress) {
        SystemMappings mappings = client.systemMappings(regionHost, subaccount);
        DomainMappings domains = client.domainMappings(regionHost, subaccount);
        int systems = 0;
        int resources = 0;
        int domainCount = 0;
        int done = 0;
        for (CopyPlan.Step step : plan.steps()) {
            if (step.action() != CopyPlan.Action.CREATE) {
                continue;
            }
            if (step.kind() == CopyPlan.Kind.SYSTEM) {
                SystemMapping mapping = step.system().mapping();
                mappings.create(withoutReadOnly(mapping));
                systems++;
                for (MappingResource resource : step.system().resources()) {
                    mappings.createResource(mapping.virtualHost(), mapping.virtualPort(), new MappingResource(
                            resource.id(), resource.enabled(), resource.exactMatchOnly(),
                            resource.websocketUpgradeAllowed(), resource.description(), null));
                    resources++;
                }
            } else {
                domains.create(step.domain());
                domainCount++;
            }
            progress.accept(++done);
        }
        return new Outcome(systems, resources, domainCount, systems + resources + domainCount);
    }

    private static SystemMapping withoutReadOnly(SystemMapping m) {
        return new SystemMapping(m.virtualHost(), m.virtualPort(), m.localHost(), m.localPort(), m.protocol(),
                m.backendType(), m.authenticationMode(), m.hostInHeader(), m.sid(), m.description(),
                m.sncPartnerName(), m.sapRouter(), m.allowedClients(), m.blockedUsers(), null, 0, 0);
    }
}
