package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The sandbox's stand-in for the opaque "authentication data" a BTP cockpit downloads (real data cannot be synthesised).
 * Format: Base64 (standard or URL-safe, padding optional) of a UTF-8 JSON object
 * {@code {"regionHost":"cf.eu10.hana.ondemand.com","subaccount":"<id>","displayName":"<optional>","user":"<optional>"}}.
 * Anything else is answered with 400 INVALID_REQUEST, like expired or damaged data on a real connector.
 *
 * @param regionHost  region host of the subaccount
 * @param subaccount  subaccount id
 * @param displayName the subaccount's display name in the cockpit, may be null
 * @param user        the user who downloaded the data, may be null
 */
public record SandboxAuthenticationData(String regionHost, String subaccount, String displayName, String user) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SandboxAuthenticationData {
        Objects.requireNonNull(regionHost, "regionHost");
        Objects.requireNonNull(subaccount, "subaccount");
    }

    /** The string to send as {@code authenticationData} to the sandbox. */
    public String encode() {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("regionHost", regionHost);
        json.put("subaccount", subaccount);
        if (displayName != null) {
            json.put("displayName", displayName);
        }
        if (user != null) {
            json.put("user", user);
        }
        return Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SandboxAuthenticationData decode(String data) {
        ApiException invalid = ApiException.invalidRequest(
                "The authentication data is not valid: download it again from the subaccount's cockpit page");
        try {
            String compact = data.trim();
            byte[] bytes = compact.contains("-") || compact.contains("_")
                    ? Base64.getUrlDecoder().decode(compact) : Base64.getDecoder().decode(compact);
            JsonNode json = MAPPER.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw invalid;
            }
            String region = json.path("regionHost").asText("");
            String subaccount = json.path("subaccount").asText("");
            if (region.isBlank() || subaccount.isBlank()) {
                throw invalid;
            }
            return new SandboxAuthenticationData(region, subaccount, text(json, "displayName"), text(json, "user"));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
