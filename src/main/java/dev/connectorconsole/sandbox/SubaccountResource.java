package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/** {@code /api/v1/configuration/subaccounts[...]}: list, create, read, update, delete, tunnel state, certificate renewal, trust. */
final class SubaccountResource {
    static final String BASE = "api/v1/configuration/subaccounts";
    private static final Pattern REGION_HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,250}[A-Za-z0-9])?");
    private static final Pattern SUBACCOUNT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StateStore store;
    private final TunnelSimulator tunnels;
    private final LongSupplier clock;
    private final Set<String> uiLocks = ConcurrentHashMap.newKeySet();

    SubaccountResource(StateStore store, TunnelSimulator tunnels, LongSupplier clock) {
        this.store = store;
        this.tunnels = tunnels;
        this.clock = clock;
    }

    void register(Router router) {
        String one = BASE + "/{}/{}";
        router.on("GET", BASE, (request, params) -> list(request))
                .on("POST", BASE, (request, params) -> create(request))
                .on("GET", BASE + "/corrupted", (request, params) -> ApiResponse.ok(NODES.arrayNode()))
                .on("GET", one, (request, params) -> get(request, params.get(0), params.get(1)))
                .on("PUT", one, (request, params) -> update(request, params.get(0), params.get(1)))
                .on("DELETE", one, (request, params) -> delete(params.get(0), params.get(1)))
                .on("PUT", one + "/state", (request, params) -> setState(request, params.get(0), params.get(1)))
                .on("POST", one + "/validity", (request, params) -> renew(request, params.get(0), params.get(1)))
                .on("GET", one + "/trust", (request, params) -> trust(params.get(0), params.get(1)))
                .on("POST", one + "/trust", (request, params) -> syncTrust(params.get(0), params.get(1)))
                .on("PUT", one + "/trust", (request, params) -> setTrust(request, params.get(0), params.get(1)))
                .on("GET", one + "/trust/idps", (request, params) -> emptyList(params))
                .on("GET", one + "/trust/apps", (request, params) -> emptyList(params));
    }

    /** Any path below an unknown subaccount is answered with the connector's 404, whatever follows it. */
    void requireKnownSubaccount(List<String> segments) {
        if (segments.size() >= 6 && String.join("/", segments.subList(0, 4)).equals(BASE)) {
            String region = segments.get(4);
            String id = segments.get(5);
            if (!store.read(state -> state.subaccounts.stream().anyMatch(s -> s.is(region, id)))) {
                throw ApiException.subaccountNotFound(region, id);
            }
        }
    }

    void lock(String regionHost, String subaccount) {
        uiLocks.add(subaccount + "@" + regionHost);
    }

    void unlock(String regionHost, String subaccount) {
        uiLocks.remove(subaccount + "@" + regionHost);
    }

    /** The cloud drops the subaccount's tunnel (see {@link TunnelSimulator#drop}). */
    void drop(String regionHost, String subaccount) {
        store.write(state -> {
            tunnels.drop(find(state, regionHost, subaccount));
            return null;
        });
    }

    private ApiResponse list(ApiRequest request) {
        return ApiResponse.ok(store.read(state -> {
            ArrayNode list = NODES.arrayNode();
            state.subaccounts.forEach(subaccount -> list.add(SubaccountJson.listItem(request.baseUrl(), subaccount)));
            return list;
        }));
    }

    private ApiResponse get(ApiRequest request, String region, String id) {
        return ApiResponse.ok(store.read(state -> SubaccountJson.entity(request.baseUrl(), find(state, region, id))));
    }

    private ApiResponse create(ApiRequest request) {
        SubaccountData created = newSubaccount(request.jsonObject());
        store.read(state -> {
            requireMaster(state);
            requireAbsent(state, created);
            return null;
        });
        tunnels.awaitHandshake();
        return store.write(state -> {
            requireAbsent(state, created);
            tunnels.connect(created, clock.getAsLong());
            state.subaccounts.add(created);
            String self = SubaccountJson.selfUrl(request.baseUrl(), created);
            return ApiResponse.created(self, SubaccountJson.entity(request.baseUrl(), created));
        });
    }

    /** Validates a create body (classic or authenticationData form) into a subaccount not yet stored. */
    private static SubaccountData newSubaccount(JsonNode body) {
        SubaccountData subaccount = new SubaccountData();
        String displayName = JsonFields.optionalString(body, "displayName");
        String authenticationData = JsonFields.optionalString(body, "authenticationData");
        if (authenticationData != null) {
            SandboxAuthenticationData data = SandboxAuthenticationData.decode(authenticationData);
            subaccount.regionHost = data.regionHost();
            subaccount.subaccount = data.subaccount();
            subaccount.cloudUser = data.user() == null ? "" : data.user();
            if (displayName == null || displayName.isEmpty()) {
                displayName = data.displayName();
            }
        } else {
            subaccount.regionHost = JsonFields.requiredString(body, "regionHost");
            subaccount.subaccount = JsonFields.requiredString(body, "subaccount");
            subaccount.cloudUser = JsonFields.requiredString(body, "cloudUser");
            String cloudPassword = JsonFields.optionalString(body, "cloudPassword");
            if (cloudPassword == null || cloudPassword.isEmpty()) {
                throw ApiException.invalidRequest("Mandatory property 'cloudPassword' is missing");
            }
            if (TunnelSimulator.cloudRejects(cloudPassword)) {
                throw TunnelSimulator.authenticationFailed(subaccount.cloudUser, subaccount.regionHost);
            }
        }
        validateIds(subaccount.regionHost, subaccount.subaccount);
        subaccount.displayName = displayName == null || displayName.isEmpty() ? subaccount.subaccount : displayName;
        subaccount.locationID = valueOr(JsonFields.optionalString(body, "locationID"), "");
        validateLocationId(subaccount.locationID);
        subaccount.description = valueOr(JsonFields.optionalString(body, "description"), "");
        subaccount.autoCertRenewal = Boolean.TRUE.equals(JsonFields.optionalBoolean(body, "autoCertRenewal"));
        subaccount.isManaged = Boolean.TRUE.equals(JsonFields.optionalBoolean(body, "isManaged"));
        return subaccount;
    }

    private ApiResponse update(ApiRequest request, String region, String id) {
        JsonNode body = request.jsonObject();
        String locationID = JsonFields.optionalString(body, "locationID");
        String displayName = JsonFields.optionalString(body, "displayName");
        String description = JsonFields.optionalString(body, "description");
        Boolean autoCertRenewal = JsonFields.optionalBoolean(body, "autoCertRenewal");
        if (locationID != null) {
            validateLocationId(locationID);
        }
        return store.write(state -> {
            SubaccountData subaccount = findForChange(state, region, id);
            if (locationID != null) {
                subaccount.locationID = locationID;
            }
            if (displayName != null) {
                subaccount.displayName = displayName.isEmpty() ? subaccount.subaccount : displayName;
            }
            if (description != null) {
                subaccount.description = description;
            }
            if (autoCertRenewal != null) {
                subaccount.autoCertRenewal = autoCertRenewal;
            }
            return ApiResponse.ok(SubaccountJson.entity(request.baseUrl(), subaccount));
        });
    }

    private ApiResponse delete(String region, String id) {
        return store.write(state -> {
            SubaccountData subaccount = findForChange(state, region, id);
            state.subaccounts.remove(subaccount);
            tunnels.forget(subaccount);
            return ApiResponse.noContent();
        });
    }

    private ApiResponse setState(ApiRequest request, String region, String id) {
        boolean connect = JsonFields.requiredBoolean(request.jsonObject(), "connected");
        boolean alreadyConnected = store.read(state -> {
            SubaccountData subaccount = findForChange(state, region, id);
            return TunnelState.CONNECTED.equals(subaccount.tunnelState);
        });
        if (!connect) {
            return store.write(state -> {
                tunnels.disconnect(findForChange(state, region, id));
                return ApiResponse.noContent();
            });
        }
        if (alreadyConnected) {
            return ApiResponse.noContent();
        }
        tunnels.awaitHandshake();
        return store.write(state -> {
            tunnels.connect(findForChange(state, region, id), clock.getAsLong());
            return ApiResponse.noContent();
        });
    }

    private ApiResponse renew(ApiRequest request, String region, String id) {
        JsonNode body = request.jsonObject();
        String authenticationData = JsonFields.optionalString(body, "authenticationData");
        if (authenticationData != null) {
            SandboxAuthenticationData data = SandboxAuthenticationData.decode(authenticationData);
            if (!data.regionHost().equals(region) || !data.subaccount().equals(id)) {
                throw new ApiException(400, "BAD_REQUEST",
                        "The authentication data belongs to subaccount '" + data.subaccount() + "@" + data.regionHost()
                                + "', not to '" + id + "@" + region + "'");
            }
        } else {
            String user = JsonFields.requiredString(body, "user");
            String password = JsonFields.optionalString(body, "password");
            if (password == null || password.isEmpty()) {
                throw ApiException.invalidRequest("Mandatory property 'password' is missing");
            }
            if (TunnelSimulator.cloudRejects(password)) {
                throw TunnelSimulator.authenticationFailed(user, region);
            }
        }
        store.read(state -> findForChange(state, region, id));
        if (TunnelSimulator.unreachable(region)) {
            throw new ApiException(500, "RUNTIME_FAILURE", "Region host '" + region + "' could not be reached");
        }
        tunnels.awaitHandshake();
        return store.write(state -> {
            SubaccountData subaccount = findForChange(state, region, id);
            subaccount.certificate = TunnelSimulator.issueCertificate(subaccount, clock.getAsLong());
            return ApiResponse.ok(SubaccountJson.entity(request.baseUrl(), subaccount));
        });
    }

    private ApiResponse trust(String region, String id) {
        return store.read(state -> {
            var json = NODES.objectNode().put("autoSyncTrustEnabled", find(state, region, id).autoSyncTrustEnabled);
            return ApiResponse.ok(json);
        });
    }

    private ApiResponse syncTrust(String region, String id) {
        return store.read(state -> {
            SubaccountData subaccount = findForChange(state, region, id);
            if (!TunnelState.CONNECTED.equals(subaccount.tunnelState)) {
                throw ApiException.illegalState("The trust list can only be synchronized while the tunnel is connected");
            }
            return ApiResponse.noContent();
        });
    }

    private ApiResponse setTrust(ApiRequest request, String region, String id) {
        boolean enabled = JsonFields.requiredBoolean(request.jsonObject(), "autoSyncTrustEnabled");
        return store.write(state -> {
            findForChange(state, region, id).autoSyncTrustEnabled = enabled;
            return ApiResponse.noContent();
        });
    }

    private ApiResponse emptyList(List<String> params) {
        store.read(state -> find(state, params.get(0), params.get(1)));
        return ApiResponse.ok(NODES.arrayNode());
    }

    static SubaccountData find(StateData state, String region, String id) {
        return state.subaccounts.stream()
                .filter(subaccount -> subaccount.is(region, id))
                .findFirst()
                .orElseThrow(() -> ApiException.subaccountNotFound(region, id));
    }

    /** The subaccount for a change: master role, existing, and not locked by a UI session. */
    SubaccountData findForChange(StateData state, String region, String id) {
        requireMaster(state);
        SubaccountData subaccount = find(state, region, id);
        if (uiLocks.contains(subaccount.key())) {
            throw ApiException.illegalState("Subaccount '" + subaccount.key()
                    + "' is currently locked by another user session; try again when it is released");
        }
        return subaccount;
    }

    static void requireMaster(StateData state) {
        if ("shadow".equals(state.haRole)) {
            throw ApiException.forbidden("operation is not allowed on a shadow instance");
        }
    }

    private static void requireAbsent(StateData state, SubaccountData candidate) {
        if (state.subaccounts.stream().anyMatch(s -> s.is(candidate.regionHost, candidate.subaccount))) {
            throw ApiException.invalidConfiguration("Subaccount already added");
        }
    }

    private static void validateIds(String regionHost, String subaccount) {
        if (!REGION_HOST.matcher(regionHost).matches()) {
            throw ApiException.invalidRequest("Property 'regionHost' is not a valid host name");
        }
        if (!SUBACCOUNT_ID.matcher(subaccount).matches()) {
            throw ApiException.invalidRequest("Property 'subaccount' is not a valid subaccount id");
        }
    }

    private static void validateLocationId(String locationID) {
        if (locationID.length() > 255 || !locationID.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalidRequest("Property 'locationID' must be at most 255 printable ASCII characters without spaces");
        }
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
