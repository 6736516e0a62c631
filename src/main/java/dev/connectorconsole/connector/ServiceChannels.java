package dev.connectorconsole.connector;

import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The service channels of one subaccount. Ids are unique across types, but the API addresses a channel by type and
 * id. Enabling a channel the connector cannot open fails with {@link SccException.Kind#SERVER_ERROR} (500
 * RUNTIME_FAILURE "Service channel could not be opened ...").
 */
public final class ServiceChannels {
    private final AdminCalls calls;
    private final String regionHost;
    private final String subaccount;

    ServiceChannels(AdminCalls calls, String regionHost, String subaccount) {
        this.calls = calls;
        this.regionHost = Objects.requireNonNull(regionHost, "regionHost");
        this.subaccount = Objects.requireNonNull(subaccount, "subaccount");
    }

    public List<ServiceChannel> list(ServiceChannelType type) {
        return calls.json("GET", typePath(type).build(), null, "the service channels",
                body -> ChannelParser.channels(body, type));
    }

    public ServiceChannel get(ServiceChannelType type, long id) {
        return calls.json("GET", one(type, id, false), null, "a service channel", body -> ChannelParser.channel(body, type));
    }

    /** Creates the channel (disabled); the connector answers 201 without a body, so list or get to see it. */
    public void create(ServiceChannelSpec spec) {
        calls.noContent("POST", typePath(spec.type()).build(), AccessControlBodies.channel(spec));
    }

    public void replace(long id, ServiceChannelSpec spec) {
        calls.noContent("PUT", one(spec.type(), id, false), AccessControlBodies.channel(spec));
    }

    public void delete(ServiceChannelType type, long id) {
        calls.noContent("DELETE", one(type, id, false), null);
    }

    /** Deletes every channel of this type. */
    public void deleteAll(ServiceChannelType type) {
        calls.noContent("DELETE", typePath(type).build(), null);
    }

    public void enable(ServiceChannelType type, long id) {
        calls.noContent("PUT", one(type, id, true), AccessControlBodies.channelState(true));
    }

    public void disable(ServiceChannelType type, long id) {
        calls.noContent("PUT", one(type, id, true), AccessControlBodies.channelState(false));
    }

    private HttpUrl.Builder typePath(ServiceChannelType type) {
        return calls.subaccountPath(regionHost, subaccount).addPathSegment("channels")
                .addPathSegment(Objects.requireNonNull(type, "type").apiName());
    }

    private HttpUrl one(ServiceChannelType type, long id, boolean state) {
        HttpUrl.Builder url = typePath(type).addPathSegment(Long.toString(id));
        return (state ? url.addPathSegment("state") : url).build();
    }
}
