package dev.connectorconsole.connector;

import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/** The domain mappings of one subaccount, addressed by their internal domain. */
public final class DomainMappings {
    private final AdminCalls calls;
    private final String regionHost;
    private final String subaccount;

    DomainMappings(AdminCalls calls, String regionHost, String subaccount) {
        this.calls = calls;
        this.regionHost = Objects.requireNonNull(regionHost, "regionHost");
        this.subaccount = Objects.requireNonNull(subaccount, "subaccount");
    }

    public List<DomainMapping> list() {
        return calls.json("GET", base().build(), null, "the domain mappings", AccessControlParser::domainMappings);
    }

    public void create(DomainMapping domain) {
        calls.noContent("POST", base().build(), AccessControlBodies.domain(domain));
    }

    /** Replaces the mapping whose internal domain is {@code internalDomain}; the new one may rename either domain. */
    public void replace(String internalDomain, DomainMapping domain) {
        calls.noContent("PUT", one(internalDomain), AccessControlBodies.domain(domain));
    }

    public void delete(String internalDomain) {
        calls.noContent("DELETE", one(internalDomain), null);
    }

    public void deleteAll() {
        calls.noContent("DELETE", base().build(), null);
    }

    private HttpUrl.Builder base() {
        return calls.subaccountPath(regionHost, subaccount).addPathSegment("domainMappings");
    }

    private HttpUrl one(String internalDomain) {
        return base().addPathSegment(Objects.requireNonNull(internalDomain, "internalDomain")).build();
    }
}
