package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * {@code .../systemMappings/<vhost>:<vport>/resources[/<encoded id>]}: the paths (HTTP) or function modules (RFC) a
 * mapping exposes. Ids in paths are encoded as {@link ResourceIdCodec} says; booleans may come as JSON booleans or as
 * the strings {@code "true"}/{@code "false"} that SAP's Terraform provider sends; on create they default to false.
 */
final class MappingResourcesResource {
    private static final String BASE = SystemMappingResource.BASE + "/{}/resources";

    private final StateStore store;
    private final SubaccountResource subaccounts;
    private final LongSupplier clock;

    MappingResourcesResource(StateStore store, SubaccountResource subaccounts, LongSupplier clock) {
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
            MappingData mapping = SystemMappingResource.find(subaccount, params.get(2));
            String mappingUrl = mappingUrl(request, subaccount, mapping);
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            mapping.resources.forEach(resource -> list.add(MappingJson.resource(mappingUrl, resource, false)));
            return ApiResponse.ok(list);
        });
    }

    private ApiResponse get(ApiRequest request, List<String> params) {
        return store.read(state -> {
            SubaccountData subaccount = SubaccountResource.find(state, params.get(0), params.get(1));
            MappingData mapping = SystemMappingResource.find(subaccount, params.get(2));
            ResourceData resource = find(mapping, params.get(3));
            return ApiResponse.ok(MappingJson.resource(mappingUrl(request, subaccount, mapping), resource, true));
        });
    }

    private ApiResponse create(ApiRequest request, List<String> params) {
        JsonNode body = request.jsonObject();
        ResourceData resource = new ResourceData();
        resource.id = JsonFields.requiredString(body, "id");
        if (resource.id.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalidRequest("Property 'id' must not contain control characters");
        }
        resource.enabled = Boolean.TRUE.equals(JsonFields.optionalBoolean(body, "enabled"));
        resource.exactMatchOnly = Boolean.TRUE.equals(JsonFields.optionalBoolean(body, "exactMatchOnly"));
        resource.websocketUpgradeAllowed = Boolean.TRUE.equals(JsonFields.optionalBoolean(body, "websocketUpgradeAllowed"));
        String description = JsonFields.optionalString(body, "description");
        resource.description = description == null ? "" : description;
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            MappingData mapping = SystemMappingResource.find(subaccount, params.get(2));
            if (mapping.isHttp() && !resource.id.startsWith("/")) {
                throw ApiException.invalidRequest("The resource of an HTTP(S) system mapping must be a URL path starting "
                        + "with '/': '" + resource.id + "'");
            }
            if (mapping.resources.stream().anyMatch(existing -> existing.id.equals(resource.id))) {
                throw ApiException.invalidConfiguration("Resource '" + resource.id + "' already exists");
            }
            resource.creationDate = clock.getAsLong();
            mapping.resources.add(resource);
            String location = MappingJson.resourceUrl(mappingUrl(request, subaccount, mapping), resource);
            return ApiResponse.created(location, null);
        });
    }

    /** Changes the flags and description; fields absent from the body stay as they are. The id cannot change. */
    private ApiResponse replace(ApiRequest request, List<String> params) {
        JsonNode body = request.jsonObject();
        Boolean enabled = JsonFields.optionalBoolean(body, "enabled");
        Boolean exactMatchOnly = JsonFields.optionalBoolean(body, "exactMatchOnly");
        Boolean websocket = JsonFields.optionalBoolean(body, "websocketUpgradeAllowed");
        String description = JsonFields.optionalString(body, "description");
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            ResourceData resource = find(SystemMappingResource.find(subaccount, params.get(2)), params.get(3));
            resource.enabled = enabled == null ? resource.enabled : enabled;
            resource.exactMatchOnly = exactMatchOnly == null ? resource.exactMatchOnly : exactMatchOnly;
            resource.websocketUpgradeAllowed = websocket == null ? resource.websocketUpgradeAllowed : websocket;
            resource.description = description == null ? resource.description : description;
            return ApiResponse.noContent();
        });
    }

    private ApiResponse delete(List<String> params) {
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            MappingData mapping = SystemMappingResource.find(subaccount, params.get(2));
            mapping.resources.remove(find(mapping, params.get(3)));
            return ApiResponse.noContent();
        });
    }

    private ApiResponse deleteAll(List<String> params) {
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            SystemMappingResource.find(subaccount, params.get(2)).resources.clear();
            return ApiResponse.noContent();
        });
    }

    private static ResourceData find(MappingData mapping, String encodedId) {
        String id = ResourceIdCodec.decode(encodedId);
        return mapping.resources.stream()
                .filter(resource -> resource.id.equals(id))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Resource with value '" + id + "' does not exist"));
    }

    private static String mappingUrl(ApiRequest request, SubaccountData subaccount, MappingData mapping) {
        return MappingJson.mappingUrl(SubaccountJson.selfUrl(request.baseUrl(), subaccount), mapping);
    }
}
