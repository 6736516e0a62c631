package dev.connectorconsole.connector;

import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/** The domain mappings of one subaccount, addressed by their internal domain. */
public final class DomainMappings {
    private final SccClient client;
    private final String regionHost;
    private final String subaccount;

    DomainMappings(SccClient client, String regionHost, String subaccount) {
        this.client = client;
        this.regionHost = Objects.requireNonNull(regionHost, "regionHost");
        this.subaccount = Objects.requireNonNull(subaccount, "subaccount");
    }

    public List<DomainMapping> list() {
        return client.json("GET", base().build(), null, "the domain mappings", AccessControlParser::domainMappings);
    }

    public void create(DomainMapping domain) {
        client.noContent("POST", base().build(), AccessControlBodies.domain(domain));
    }

    /** Replaces the mapping whose internal domain is {@code internalDomain}; the new one may rename either domain. */
    public void replace(String internalDomain, DomainMapping domain) {
        client.noContent("PUT", one(internalDomain), AccessControlBodies.domain(domain));
    }

    public void delete(String internalDomain) {
        client.noContent("DELETE", one(internalDomain), null);
    }

    public void deleteAll() {
        client.noContent("DELETE", base().build(), null);
    }

    private HttpUrl.Builder base() {
        return client.subaccountPath(regionHost, subaccount).addPathSegment("domainMappings");
    }

    private HttpUrl one(String internalDomain) {
        return base().addPathSegment(Objects.requireNonNull(internalDomain, "internalDomain")).build();
    }
}
