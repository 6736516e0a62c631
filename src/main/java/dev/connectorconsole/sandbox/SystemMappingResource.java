package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.LongSupplier;

/** {@code .../subaccounts/<region>/<id>/systemMappings[/<virtualHost>:<virtualPort>]}: access control of a subaccount. */
final class SystemMappingResource {
    static final String BASE = SubaccountResource.BASE + "/{}/{}/systemMappings";

    private final StateStore store;
    private final SubaccountResource subaccounts;
    private final LongSupplier clock;

    SystemMappingResource(StateStore store, SubaccountResource subaccounts, LongSupplier clock) {
        this.store = store;
        this.subaccounts = subaccounts;
        this.clock = clock;
    }

    void register(Router router) {
        router.on("GET", BASE, (request, params) -> list(request, params))
                .on("POST", BASE, (request, params) -> create(request, params))
                .on("DELETE", BASE, (request, params) -> deleteAll(params))
                .on("GET", BASE + "/{}", (request, params) -> get(request, params))
                .on("PUT", BASE + "/{}", (request, params) -> replace(request, params))
                .on("DELETE", BASE + "/{}", (request, params) -> delete(params));
    }

    private ApiResponse list(ApiRequest request, List<String> params) {
        return store.read(state -> {
            SubaccountData subaccount = SubaccountResource.find(state, params.get(0), params.get(1));
            String subaccountUrl = SubaccountJson.selfUrl(request.baseUrl(), subaccount);
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            subaccount.systemMappings.forEach(mapping -> list.add(MappingJson.mapping(subaccountUrl, mapping)));
            return ApiResponse.ok(list);
        });
    }

    private ApiResponse get(ApiRequest request, List<String> params) {
        return store.read(state -> {
            SubaccountData subaccount = SubaccountResource.find(state, params.get(0), params.get(1));
            MappingData mapping = find(subaccount, params.get(2));
            return ApiResponse.ok(MappingJson.mapping(SubaccountJson.selfUrl(request.baseUrl(), subaccount), mapping));
        });
    }

    private ApiResponse create(ApiRequest request, List<String> params) {
        MappingData mapping = MappingRules.fromBody(request.jsonObject());
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            requireFree(subaccount, mapping.key(), null);
            mapping.creationDate = clock.getAsLong();
            subaccount.systemMappings.add(mapping);
            return ApiResponse.created(MappingJson.mappingUrl(SubaccountJson.selfUrl(request.baseUrl(), subaccount), mapping), null);
        });
    }

    /** Replaces the writable fields; creationDate and resources stay, optional fields absent from the body stay too. */
    private ApiResponse replace(ApiRequest request, List<String> params) {
        ObjectNode body = (ObjectNode) request.jsonObject().deepCopy();
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            MappingData current = find(subaccount, params.get(2));
            if (!body.hasNonNull("virtualHost")) {
                body.put("virtualHost", current.virtualHost);
            }
            if (!body.hasNonNull("virtualPort")) {
                body.put("virtualPort", current.virtualPort);
            }
            MappingData replacement = MappingRules.fromBody(body);
            requireFree(subaccount, replacement.key(), current);
            replacement.creationDate = current.creationDate;
            replacement.resources = current.resources;
            replacement.sid = keep(body, "sid", replacement.sid, current.sid);
            replacement.description = keep(body, "description", replacement.description, current.description);
            replacement.sncPartnerName = keep(body, "sncPartnerName", replacement.sncPartnerName, current.sncPartnerName);
            replacement.sapRouter = keep(body, "sapRouter", replacement.sapRouter, current.sapRouter);
            if (!body.hasNonNull("allowedClients")) {
                replacement.allowedClients = current.allowedClients;
            }
            if (!body.hasNonNull("blacklistedUsers")) {
                replacement.blockedUsers = current.blockedUsers;
            }
            subaccount.systemMappings.set(subaccount.systemMappings.indexOf(current), replacement);
            return ApiResponse.noContent();
        });
    }

    private ApiResponse delete(List<String> params) {
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            subaccount.systemMappings.remove(find(subaccount, params.get(2)));
            return ApiResponse.noContent();
        });
    }

    private ApiResponse deleteAll(List<String> params) {
        return store.write(state -> {
            subaccounts.findForChange(state, params.get(0), params.get(1)).systemMappings.clear();
            return ApiResponse.noContent();
        });
    }

    /** The mapping addressed as {@code <virtualHost>:<virtualPort>} (host case-insensitive); 404 NOT_FOUND otherwise. */
    static MappingData find(SubaccountData subaccount, String key) {
        return subaccount.systemMappings.stream()
                .filter(mapping -> sameKey(mapping.key(), key))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("System mapping with value '" + key + "' does not exist"));
    }

    private static void requireFree(SubaccountData subaccount, String key, MappingData except) {
        if (subaccount.systemMappings.stream().anyMatch(mapping -> mapping != except && sameKey(mapping.key(), key))) {
            throw ApiException.invalidConfiguration("A system mapping with virtual host and port '" + key
                    + "' already exists");
        }
    }

    private static boolean sameKey(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    private static String keep(ObjectNode body, String field, String given, String current) {
        return body.has(field) ? given : current;
    }
}
