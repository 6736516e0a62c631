package dev.connectorconsole.connector;

import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The system mappings of one subaccount and their resources, through an {@link SccClient} (same connection, same
 * credentials, same errors). A mapping is addressed by {@code virtualHost:virtualPort}; a resource by its id, which
 * is encoded by {@link ResourceIds}. Creates answer 201 with an empty body, so they return nothing; read afterwards.
 */
public final class SystemMappings {
    private final AdminCalls calls;
    private final String regionHost;
    private final String subaccount;

    SystemMappings(AdminCalls calls, String regionHost, String subaccount) {
        this.calls = calls;
        this.regionHost = Objects.requireNonNull(regionHost, "regionHost");
        this.subaccount = Objects.requireNonNull(subaccount, "subaccount");
    }

    public List<SystemMapping> list() {
        return calls.json("GET", base().build(), null, "the system mappings", AccessControlParser::mappings);
    }

    public SystemMapping get(String virtualHost, String virtualPort) {
        return calls.json("GET", mapping(virtualHost, virtualPort).build(), null, "a system mapping",
                AccessControlParser::mapping);
    }

    public void create(SystemMapping mapping) {
        calls.noContent("POST", base().build(), AccessControlBodies.mapping(mapping));
    }

    /** Replaces the mapping now addressed as {@code virtualHost:virtualPort}; the new one may carry another address. */
    public void replace(String virtualHost, String virtualPort, SystemMapping mapping) {
        calls.noContent("PUT", mapping(virtualHost, virtualPort).build(), AccessControlBodies.mapping(mapping));
    }

    public void delete(String virtualHost, String virtualPort) {
        calls.noContent("DELETE", mapping(virtualHost, virtualPort).build(), null);
    }

    public void deleteAll() {
        calls.noContent("DELETE", base().build(), null);
    }

    public List<MappingResource> resources(String virtualHost, String virtualPort) {
        return calls.json("GET", resourcesPath(virtualHost, virtualPort).build(), null, "the resources",
                AccessControlParser::resources);
    }

    public MappingResource resource(String virtualHost, String virtualPort, String id) {
        return calls.json("GET", resourcePath(virtualHost, virtualPort, id), null, "a resource",
                AccessControlParser::resource);
    }

    public void createResource(String virtualHost, String virtualPort, MappingResource resource) {
        calls.noContent("POST", resourcesPath(virtualHost, virtualPort).build(),
                AccessControlBodies.resource(resource, true));
    }

    /** Changes flags and description of the resource {@code resource.id()} (an id cannot change: delete and create). */
    public void replaceResource(String virtualHost, String virtualPort, MappingResource resource) {
        calls.noContent("PUT", resourcePath(virtualHost, virtualPort, resource.id()),
                AccessControlBodies.resource(resource, false));
    }

    public void deleteResource(String virtualHost, String virtualPort, String id) {
        calls.noContent("DELETE", resourcePath(virtualHost, virtualPort, id), null);
    }

    public void deleteAllResources(String virtualHost, String virtualPort) {
        calls.noContent("DELETE", resourcesPath(virtualHost, virtualPort).build(), null);
    }

    /** The allowed clients and blocked users of an RFC(S) mapping. */
    public RfcAccessLists rfcAccess(String virtualHost, String virtualPort) {
        return new RfcAccessLists(calls, mapping(virtualHost, virtualPort).build());
    }

    private HttpUrl.Builder base() {
        return calls.subaccountPath(regionHost, subaccount).addPathSegment("systemMappings");
    }

    private HttpUrl.Builder mapping(String virtualHost, String virtualPort) {
        return base().addPathSegment(Objects.requireNonNull(virtualHost, "virtualHost") + ":"
                + Objects.requireNonNull(virtualPort, "virtualPort"));
    }

    private HttpUrl.Builder resourcesPath(String virtualHost, String virtualPort) {
        return mapping(virtualHost, virtualPort).addPathSegment("resources");
    }

    private HttpUrl resourcePath(String virtualHost, String virtualPort, String id) {
        return resourcesPath(virtualHost, virtualPort).addPathSegment(ResourceIds.encode(id)).build();
    }
}
