package dev.connectorconsole.accesscontrol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorconsole.connector.BlockedClientUser;
import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SystemMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A subaccount's access control as a JSON file, to keep, review or import elsewhere. Holds what the API holds
 * (the mapping fields, resources, domain mappings) and no password: a mapping has none. Written to a temporary file
 * first and moved into place, so a failed export never leaves half a file.
 */
public final class AccessControlFile {
    public static final String FORMAT = "connector-console/access-control";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AccessControlFile() {}

    public static void write(AccessControlSet set, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ArrayNode systems = root.putArray("systems");
        for (ExposedSystem system : set.systems()) {
            SystemMapping m = system.mapping();
            ObjectNode node = systems.addObject();
            node.put("virtualHost", m.virtualHost());
            node.put("virtualPort", m.virtualPort());
            node.put("localHost", m.localHost());
            node.put("localPort", m.localPort());
            node.put("protocol", m.protocol());
            node.put("backendType", m.backendType());
            node.put("authenticationMode", m.authenticationMode());
            putIfSet(node, "hostInHeader", m.hostInHeader());
            putIfSet(node, "sid", m.sid());
            putIfSet(node, "description", m.description());
            putIfSet(node, "sncPartnerName", m.sncPartnerName());
            putIfSet(node, "sapRouter", m.sapRouter());
            m.allowedClients().forEach(node.putArray("allowedClients")::add);
            ArrayNode blocked = node.putArray("blockedUsers");
            m.blockedUsers().forEach(u -> blocked.addObject().put("client", u.client()).put("user", u.user()));
            ArrayNode resources = node.putArray("resources");
            for (MappingResource r : system.resources()) {
                ObjectNode resource = resources.addObject().put("id", r.id()).put("enabled", r.enabled())
                        .put("exactMatchOnly", r.exactMatchOnly())
                        .put("websocketUpgradeAllowed", r.websocketUpgradeAllowed());
                putIfSet(resource, "description", r.description());
            }
        }
        ArrayNode domains = root.putArray("domainMappings");
        set.domains().forEach(d -> domains.addObject().put("virtualDomain", d.virtualDomain())
                .put("internalDomain", d.internalDomain()));
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".access-control", ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), root);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads an export; a file that is not one is refused with a sentence saying why. */
    public static AccessControlSet read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file.getFileName() + " is not a JSON file.", e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file.getFileName() + " is not an access-control export of Connector Console.");
        }
        if (root.path("version").asInt(0) != 1) {
            throw new IOException(file.getFileName() + " is an export of version " + root.path("version").asText("?")
                    + "; this version of Connector Console reads version 1 only.");
        }
        for (String list : List.of("systems", "domainMappings")) {
            if (root.has(list) && !root.get(list).isArray()) {
                throw new IOException(file.getFileName() + " is damaged: '" + list + "' is not a list.");
            }
        }
        AccessControlSet set = setOf(root);
        List<String> problems = ImportCheck.problems(set);
        if (!problems.isEmpty()) {
            throw new IOException(file.getFileName() + " cannot be imported, nothing was sent: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : ""));
        }
        return set;
    }

    private static AccessControlSet setOf(JsonNode root) throws IOException {
        List<ExposedSystem> systems = new ArrayList<>();
        for (JsonNode node : root.path("systems")) {
            List<String> clients = new ArrayList<>();
            node.path("allowedClients").forEach(c -> clients.add(c.asText()));
            List<BlockedClientUser> blocked = new ArrayList<>();
            node.path("blockedUsers").forEach(u -> blocked.add(new BlockedClientUser(u.path("client").asText(),
                    u.path("user").asText())));
            SystemMapping mapping = new SystemMapping(required(node, "virtualHost"), required(node, "virtualPort"),
                    required(node, "localHost"), required(node, "localPort"), required(node, "protocol"),
                    required(node, "backendType"), text(node, "authenticationMode"), text(node, "hostInHeader"),
                    text(node, "sid"), text(node, "description"), text(node, "sncPartnerName"),
                    text(node, "sapRouter"), clients, blocked, null, 0, 0);
            List<MappingResource> resources = new ArrayList<>();
            for (JsonNode r : node.path("resources")) {
                resources.add(new MappingResource(required(r, "id"), r.path("enabled").asBoolean(false),
                        r.path("exactMatchOnly").asBoolean(false), r.path("websocketUpgradeAllowed").asBoolean(false),
                        text(r, "description"), null));
            }
            systems.add(new ExposedSystem(mapping, resources));
        }
        List<DomainMapping> domains = new ArrayList<>();
        for (JsonNode d : root.path("domainMappings")) {
            domains.add(new DomainMapping(required(d, "virtualDomain"), required(d, "internalDomain")));
        }
        return new AccessControlSet(systems, domains);
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) throws IOException {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IOException("The export names a system or resource without '" + field + "'.");
        }
        return value;
    }
}
