package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code .../subaccounts/<region>/<id>/domainMappings[/<internalDomain>]}: list, create (201, empty body, Location),
 * replace by the current internal domain (204; the body may rename either domain), delete one or all (204). Both
 * domains must be unique within the subaccount (409 INVALID_CONFIGURATION otherwise).
 */
final class DomainMappingResource {
    private static final String BASE = SubaccountResource.BASE + "/{}/{}/domainMappings";
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9_*]([A-Za-z0-9_.-]{0,253}[A-Za-z0-9_])?");

    private final StateStore store;
    private final SubaccountResource subaccounts;

    DomainMappingResource(StateStore store, SubaccountResource subaccounts) {
        this.store = store;
        this.subaccounts = subaccounts;
    }

    void register(Router router) {
        router.on("GET", BASE, (request, params) -> list(request, params))
                .on("POST", BASE, (request, params) -> create(request, params))
                .on("DELETE", BASE, (request, params) -> deleteAll(params))
                .on("PUT", BASE + "/{}", (request, params) -> replace(request, params))
                .on("DELETE", BASE + "/{}", (request, params) -> delete(params));
    }

    private ApiResponse list(ApiRequest request, List<String> params) {
        return store.read(state -> {
            SubaccountData subaccount = SubaccountResource.find(state, params.get(0), params.get(1));
            String subaccountUrl = SubaccountJson.selfUrl(request.baseUrl(), subaccount);
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            subaccount.domainMappings.forEach(domain -> list.add(MappingJson.domain(subaccountUrl, domain)));
            return ApiResponse.ok(list);
        });
    }

    private ApiResponse create(ApiRequest request, List<String> params) {
        DomainMappingData domain = fromBody(request.jsonObject());
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            requireFree(subaccount, domain, null);
            subaccount.domainMappings.add(domain);
            return ApiResponse.created(MappingJson.domainUrl(SubaccountJson.selfUrl(request.baseUrl(), subaccount), domain), null);
        });
    }

    private ApiResponse replace(ApiRequest request, List<String> params) {
        DomainMappingData replacement = fromBody(request.jsonObject());
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            DomainMappingData current = find(subaccount, params.get(2));
            requireFree(subaccount, replacement, current);
            current.virtualDomain = replacement.virtualDomain;
            current.internalDomain = replacement.internalDomain;
            return ApiResponse.noContent();
        });
    }

    private ApiResponse delete(List<String> params) {
        return store.write(state -> {
            SubaccountData subaccount = subaccounts.findForChange(state, params.get(0), params.get(1));
            subaccount.domainMappings.remove(find(subaccount, params.get(2)));
            return ApiResponse.noContent();
        });
    }

    private ApiResponse deleteAll(List<String> params) {
        return store.write(state -> {
            subaccounts.findForChange(state, params.get(0), params.get(1)).domainMappings.clear();
            return ApiResponse.noContent();
        });
    }

    private static DomainMappingData fromBody(JsonNode body) {
        DomainMappingData domain = new DomainMappingData();
        domain.virtualDomain = checked(body, "virtualDomain");
        domain.internalDomain = checked(body, "internalDomain");
        return domain;
    }

    private static String checked(JsonNode body, String field) {
        String value = JsonFields.requiredString(body, field).trim();
        if (!DOMAIN.matcher(value).matches()) {
            throw ApiException.invalidRequest("Property '" + field + "' is not a valid domain: '" + value + "'");
        }
        return value;
    }

    private static DomainMappingData find(SubaccountData subaccount, String internalDomain) {
        return subaccount.domainMappings.stream()
                .filter(domain -> domain.internalDomain.equalsIgnoreCase(internalDomain))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Domain mapping with value '" + internalDomain + "' does not exist"));
    }

    private static void requireFree(SubaccountData subaccount, DomainMappingData candidate, DomainMappingData except) {
        for (DomainMappingData domain : subaccount.domainMappings) {
            if (domain != except && domain.internalDomain.equalsIgnoreCase(candidate.internalDomain)) {
                throw ApiException.invalidConfiguration("Internal domain '" + candidate.internalDomain + "' is already mapped");
            }
            if (domain != except && domain.virtualDomain.equalsIgnoreCase(candidate.virtualDomain)) {
                throw ApiException.invalidConfiguration("Virtual domain '" + candidate.virtualDomain + "' is already mapped");
            }
        }
    }
}
