package dev.connectorconsole.accesscontrol;

import dev.connectorconsole.connector.DomainMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What copying a set of access control onto a subaccount would do, item by item: create what the target lacks, skip
 * what it already has in the same form, and leave alone (as a clash, with the reason) what it has in another form.
 * Nothing on the target is changed or deleted by a copy.
 */
public record CopyPlan(List<Step> steps) {
    public enum Action { CREATE, SKIP, CLASH }

    public enum Kind { SYSTEM, DOMAIN }

    /** One item: a system (with its resources) or a domain mapping, and what happens to it. */
    public record Step(Kind kind, String name, Action action, String reason, ExposedSystem system,
                       DomainMapping domain) {}

    public static CopyPlan of(AccessControlSet source, AccessControlSet target) {
        Map<String, ExposedSystem> there = target.systems().stream()
                .collect(Collectors.toMap(s -> key(s.mapping().key()), Function.identity(), (a, b) -> a));
        List<Step> steps = new ArrayList<>();
        for (ExposedSystem system : source.systems()) {
            ExposedSystem existing = there.get(key(system.mapping().key()));
            String name = system.mapping().key();
            if (existing == null) {
                steps.add(new Step(Kind.SYSTEM, name, Action.CREATE, system.resources().size() + " resource(s)",
                        system, null));
            } else if (existing.sameAs(system)) {
                steps.add(new Step(Kind.SYSTEM, name, Action.SKIP, "already there in the same form", system, null));
            } else {
                steps.add(new Step(Kind.SYSTEM, name, Action.CLASH, "already exposed there as "
                        + existing.mapping().localHost() + ":" + existing.mapping().localPort() + " ("
                        + existing.resources().size() + " resource(s)); left as it is", system, null));
            }
        }
        Map<String, DomainMapping> domains = target.domains().stream()
                .collect(Collectors.toMap(d -> key(d.internalDomain()), Function.identity(), (a, b) -> a));
        for (DomainMapping domain : source.domains()) {
            DomainMapping existing = domains.get(key(domain.internalDomain()));
            String name = domain.internalDomain() + " → " + domain.virtualDomain();
            if (existing == null) {
                steps.add(new Step(Kind.DOMAIN, name, Action.CREATE, "", null, domain));
            } else if (existing.virtualDomain().equalsIgnoreCase(domain.virtualDomain())) {
                steps.add(new Step(Kind.DOMAIN, name, Action.SKIP, "already there", null, domain));
            } else {
                steps.add(new Step(Kind.DOMAIN, name, Action.CLASH, "mapped there to " + existing.virtualDomain()
                        + "; left as it is", null, domain));
            }
        }
        return new CopyPlan(steps);
    }

    public long count(Action action) {
        return steps.stream().filter(s -> s.action() == action).count();
    }

    /** The requests applying it sends: one per system and resource created, one per domain mapping. */
    public int requests() {
        return steps.stream().filter(s -> s.action() == Action.CREATE)
                .mapToInt(s -> s.kind() == Kind.SYSTEM ? 1 + s.system().resources().size() : 1).sum();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
