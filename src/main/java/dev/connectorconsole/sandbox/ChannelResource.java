package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongSupplier;

/** {@code .../subaccounts/<region>/<id>/channels/<type>[/<id>[/state]]}: service channels of a subaccount. */
final class ChannelResource {
    private static final DateTimeFormatter TRACE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS Z").withZone(ZoneOffset.UTC);

    private final StateStore store;
    private final SubaccountResource subaccounts;
    private final LongSupplier clock;

    ChannelResource(StateStore store, SubaccountResource subaccounts, LongSupplier clock) {
        this.store = store;
        this.subaccounts = subaccounts;
        this.clock = clock;
    }

    void register(Router router) {
        String type = SubaccountResource.BASE + "/{}/{}/channels/{}";
        router.on("GET", type, (request, params) -> list(request, params))
                .on("POST", type, (request, params) -> create(request, params))
                .on("GET", type + "/{}", (request, params) -> get(request, params))
                .on("PUT", type + "/{}", (request, params) -> replace(request, params))
                .on("DELETE", type + "/{}", (request, params) -> delete(params))
                .on("PUT", type + "/{}/state", (request, params) -> setState(request, params))
                .on("DELETE", type, (request, params) -> deleteAll(params))
                .on("DELETE", SubaccountResource.BASE + "/{}/{}/channels", (request, params) -> deleteAll(params))
                .on("GET", SubaccountResource.BASE + "/{}/{}/availableChannels/{}", (request, params) -> available(params));
    }

    /** DELETE {@code .../channels} removes every channel of the subaccount, {@code .../channels/<type>} those of a type. */
    private ApiResponse deleteAll(List<String> params) {
        String type = params.size() > 2 ? knownType(params.get(2)) : null;
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            subaccount.channels.removeIf(channel -> type == null || channel.type.equals(type));
            return ApiResponse.noContent();
        });
    }

    /** The HANA instances or virtual machines the cloud offers for new channels: none in the sandbox. */
    private ApiResponse available(List<String> params) {
        if (!params.get(2).equals("HANA") && !params.get(2).equals("VirtualMachine")) {
            throw ApiException.notFound("Unknown service channel type '" + params.get(2) + "'");
        }
        store.read(state -> SubaccountResource.find(state, params.get(0), params.get(1)));
        return ApiResponse.ok(JsonNodeFactory.instance.arrayNode());
    }

    private ApiResponse list(ApiRequest request, List<String> params) {
        String type = knownType(params.get(2));
        return store.read(state -> {
            SubaccountData subaccount = SubaccountResource.find(state, params.get(0), params.get(1));
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            subaccount.channels.stream()
                    .filter(channel -> channel.type.equals(type))
                    .forEach(channel -> list.add(item(request, subaccount, channel)));
            return ApiResponse.ok(list);
        });
    }

    private ApiResponse create(ApiRequest request, List<String> params) {
        String type = knownType(params.get(2));
        var fields = ChannelJson.fieldsFrom(type, request.jsonObject());
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            ChannelData channel = new ChannelData();
            channel.id = state.nextChannelId++;
            channel.type = type;
            channel.fields = fields;
            subaccount.channels.add(channel);
            String self = ChannelJson.selfUrl(SubaccountJson.selfUrl(request.baseUrl(), subaccount), channel);
            return ApiResponse.created(self, null);
        });
    }

    private ApiResponse get(ApiRequest request, List<String> params) {
        return store.read(state -> {
            SubaccountData subaccount = SubaccountResource.find(state, params.get(0), params.get(1));
            return ApiResponse.ok(item(request, subaccount, find(subaccount, params)));
        });
    }

    private ApiResponse replace(ApiRequest request, List<String> params) {
        String type = knownType(params.get(2));
        var fields = ChannelJson.fieldsFrom(type, request.jsonObject());
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            find(subaccount, params).fields = fields;
            return ApiResponse.noContent();
        });
    }

    private ApiResponse delete(List<String> params) {
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            subaccount.channels.remove(find(subaccount, params));
            return ApiResponse.noContent();
        });
    }

    private ApiResponse setState(ApiRequest request, List<String> params) {
        boolean enable = JsonFields.requiredBoolean(request.jsonObject(), "enabled");
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            ChannelData channel = find(subaccount, params);
            if (enable && (!TunnelState.CONNECTED.equals(subaccount.tunnelState)
                    || !ChannelJson.reachable(ChannelJson.targetHost(channel)))) {
                throw new ApiException(500, "RUNTIME_FAILURE", "Service channel could not be opened. See 'Logging and "
                        + "Tracing' and in particular scc_core.trc for details. Associated entries were logged on or around "
                        + TRACE_TIME.format(Instant.ofEpochMilli(clock.getAsLong())) + ".");
            }
            channel.enabled = enable;
            return ApiResponse.noContent();
        });
    }

    private static ChannelData find(SubaccountData subaccount, List<String> params) {
        String type = knownType(params.get(2));
        return subaccount.channels.stream()
                .filter(channel -> channel.type.equals(type) && String.valueOf(channel.id).equals(params.get(3)))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Service channel with id '" + params.get(3) + "' does not exist"));
    }

    private static String knownType(String type) {
        if (!ChannelJson.knownType(type)) {
            throw ApiException.notFound("Unknown service channel type '" + type + "'");
        }
        return type;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode item(ApiRequest request, SubaccountData subaccount,
                                                                       ChannelData channel) {
        return ChannelJson.item(SubaccountJson.selfUrl(request.baseUrl(), subaccount), channel, subaccount.connectedSinceTimeStamp);
    }
}
