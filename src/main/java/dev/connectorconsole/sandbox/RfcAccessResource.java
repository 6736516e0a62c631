package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The RFC access-control lists of a system mapping (connector 2.14+): {@code .../<vhost>:<vport>/allowedClients} (empty =
 * all clients allowed) and {@code .../blockedClientUsers}. GET reads, POST replaces (201, empty body, Location of the
 * list), PATCH adds (204), DELETE clears (204), DELETE {@code /<client>} or {@code /<client>:<user>} removes one (404 if
 * absent). Bodies are JSON arrays, also accepted wrapped as {@code {"allowedClients":[...]}} /
 * {@code {"blockedClientUsers":[...]}}. Writes are refused (400) on mappings that are not RFC or RFCS.
 */
final class RfcAccessResource {
    private static final String CLIENTS = SystemMappingResource.BASE + "/{}/allowedClients";
    private static final String USERS = SystemMappingResource.BASE + "/{}/blockedClientUsers";

    private final StateStore store;
    private final SubaccountResource subaccounts;

    RfcAccessResource(StateStore store, SubaccountResource subaccounts) {
        this.store = store;
        this.subaccounts = subaccounts;
    }

    void register(Router router) {
        router.on("GET", CLIENTS, (request, params) -> read(params, true))
                .on("POST", CLIENTS, (request, params) -> write(request, params, true, true))
                .on("PATCH", CLIENTS, (request, params) -> write(request, params, true, false))
                .on("DELETE", CLIENTS, (request, params) -> clear(params, true))
                .on("DELETE", CLIENTS + "/{}", (request, params) -> removeClient(params))
                .on("GET", USERS, (request, params) -> read(params, false))
                .on("POST", USERS, (request, params) -> write(request, params, false, true))
                .on("PATCH", USERS, (request, params) -> write(request, params, false, false))
                .on("DELETE", USERS, (request, params) -> clear(params, false))
                .on("DELETE", USERS + "/{}", (request, params) -> removeUser(params));
    }

    private ApiResponse read(List<String> params, boolean clients) {
        return store.read(state -> {
            MappingData mapping = SystemMappingResource.find(
                    SubaccountResource.find(state, params.get(0), params.get(1)), params.get(2));
            return ApiResponse.ok(clients ? MappingJson.clients(mapping) : MappingJson.blockedUsers(mapping));
        });
    }

    private ApiResponse write(ApiRequest request, List<String> params, boolean clients, boolean replace) {
        JsonNode body = request.json();
        JsonNode array = body.isObject() ? body.path(clients ? "allowedClients" : "blockedClientUsers") : body;
        List<String> newClients = clients ? MappingRules.clients(array) : List.of();
        List<BlockedUserData> newUsers = clients ? List.of() : MappingRules.blockedUsers(array);
        return store.write(state -> {
            MappingData mapping = forChange(state, params);
            if (clients) {
                List<String> result = replace ? new ArrayList<>() : new ArrayList<>(mapping.allowedClients);
                newClients.stream().filter(client -> !result.contains(client)).forEach(result::add);
                mapping.allowedClients = result;
            } else {
                List<BlockedUserData> result = replace ? new ArrayList<>() : new ArrayList<>(mapping.blockedUsers);
                newUsers.stream().filter(user -> result.stream().noneMatch(user::same)).forEach(result::add);
                mapping.blockedUsers = result;
            }
            if (!replace) {
                return ApiResponse.noContent();
            }
            String subaccountUrl = SubaccountJson.selfUrl(request.baseUrl(), SubaccountResource.find(state, params.get(0), params.get(1)));
            return ApiResponse.created(MappingJson.mappingUrl(subaccountUrl, mapping)
                    + (clients ? "/allowedClients" : "/blockedClientUsers"), null);
        });
    }

    private ApiResponse clear(List<String> params, boolean clients) {
        return store.write(state -> {
            MappingData mapping = forChange(state, params);
            if (clients) {
                mapping.allowedClients.clear();
            } else {
                mapping.blockedUsers.clear();
            }
            return ApiResponse.noContent();
        });
    }

    private ApiResponse removeClient(List<String> params) {
        return store.write(state -> {
            if (!forChange(state, params).allowedClients.remove(params.get(3))) {
                throw ApiException.notFound("Allowed client '" + params.get(3) + "' does not exist");
            }
            return ApiResponse.noContent();
        });
    }

    private ApiResponse removeUser(List<String> params) {
        String[] parts = params.get(3).split(":", 2);
        if (parts.length != 2) {
            throw ApiException.invalidRequest("Address a blocked user as <client>:<user>, not '" + params.get(3) + "'");
        }
        return store.write(state -> {
            boolean removed = forChange(state, params).blockedUsers.removeIf(user -> user.client.equals(parts[0])
                    && user.user.equals(parts[1].toUpperCase(Locale.ROOT)));
            if (!removed) {
                throw ApiException.notFound("Blocked user '" + params.get(3) + "' does not exist");
            }
            return ApiResponse.noContent();
        });
    }

    private MappingData forChange(StateData state, List<String> params) {
        MappingData mapping = SystemMappingResource.find(
                subaccounts.findForChange(state, params.get(0), params.get(1)), params.get(2));
        if (!mapping.isRfc()) {
            throw ApiException.invalidRequest("Allowed clients and blocked users exist only for RFC and RFCS system "
                    + "mappings; '" + mapping.key() + "' uses " + mapping.protocol);
        }
        return mapping;
    }
}
