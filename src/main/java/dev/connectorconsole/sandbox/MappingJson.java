package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** System mappings, their resources and domain mappings in the shapes of SCC 2.19 (key order as recorded). */
final class MappingJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MappingJson() {}

    static String mappingUrl(String subaccountUrl, MappingData mapping) {
        return subaccountUrl + "/systemMappings/" + ResourceIdCodec.pathSegment(mapping.key());
    }

    static String resourceUrl(String mappingUrl, ResourceData resource) {
        return mappingUrl + "/resources/" + ResourceIdCodec.pathSegment(ResourceIdCodec.encode(resource.id));
    }

    static String domainUrl(String subaccountUrl, DomainMappingData domain) {
        return subaccountUrl + "/domainMappings/" + ResourceIdCodec.pathSegment(domain.internalDomain);
    }

    /** A mapping as GET answers it: ports and creationDate as strings, counts as numbers, sid/description only once set. */
    static ObjectNode mapping(String subaccountUrl, MappingData mapping) {
        ObjectNode item = NODES.objectNode();
        item.put("virtualHost", mapping.virtualHost);
        item.put("virtualPort", mapping.virtualPort);
        item.put("localHost", mapping.localHost);
        item.put("localPort", mapping.localPort);
        item.put("creationDate", String.valueOf(mapping.creationDate));
        item.put("protocol", mapping.protocol);
        item.put("backendType", mapping.backendType);
        putIfSet(item, "hostInHeader", mapping.hostInHeader);
        putIfSet(item, "sid", mapping.sid);
        item.put("totalResourcesCount", mapping.resources.size());
        item.put("enabledResourcesCount", mapping.resources.stream().filter(resource -> resource.enabled).count());
        item.put("authenticationMode", mapping.authenticationMode);
        putIfSet(item, "sncPartnerName", mapping.sncPartnerName);
        putIfSet(item, "sapRouter", mapping.sapRouter);
        putIfSet(item, "description", mapping.description);
        item.set("allowedClients", clients(mapping));
        item.set("blacklistedUsers", blockedUsers(mapping));
        String self = mappingUrl(subaccountUrl, mapping);
        ObjectNode links = item.putObject("_links");
        links.putObject("self").put("href", self);
        links.putObject("resources").put("href", self + "/resources");
        return item;
    }

    /** A resource; list items carry {@code "_links":{}} (as recorded), a single one its self link. */
    static ObjectNode resource(String mappingUrl, ResourceData resource, boolean single) {
        ObjectNode item = NODES.objectNode();
        item.put("id", resource.id);
        item.put("enabled", resource.enabled);
        item.put("exactMatchOnly", resource.exactMatchOnly);
        item.put("websocketUpgradeAllowed", resource.websocketUpgradeAllowed);
        item.put("creationDate", String.valueOf(resource.creationDate));
        item.put("description", resource.description);
        ObjectNode links = item.putObject("_links");
        if (single) {
            links.putObject("self").put("href", resourceUrl(mappingUrl, resource));
        }
        return item;
    }

    static ObjectNode domain(String subaccountUrl, DomainMappingData domain) {
        ObjectNode item = NODES.objectNode();
        item.put("virtualDomain", domain.virtualDomain);
        item.put("internalDomain", domain.internalDomain);
        item.putObject("_links").putObject("self").put("href", domainUrl(subaccountUrl, domain));
        return item;
    }

    static ArrayNode clients(MappingData mapping) {
        ArrayNode clients = NODES.arrayNode();
        mapping.allowedClients.forEach(clients::add);
        return clients;
    }

    static ArrayNode blockedUsers(MappingData mapping) {
        ArrayNode users = NODES.arrayNode();
        mapping.blockedUsers.forEach(user -> users.addObject().put("client", user.client).put("user", user.user));
        return users;
    }

    private static void putIfSet(ObjectNode item, String field, String value) {
        if (value != null) {
            item.put(field, value);
        }
    }
}
