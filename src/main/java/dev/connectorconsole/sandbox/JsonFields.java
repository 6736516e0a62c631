package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Reads request fields the way the connector accepts them: strings, and booleans/numbers also given as strings. */
final class JsonFields {
    private JsonFields() {}

    /** The string value, or null when absent or JSON null; 400 when it is not a string. */
    static String optionalString(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.invalidRequest("Property '" + field + "' must be a string");
        }
        return value.asText();
    }

    /** A non-empty string; 400 when absent, empty or not a string. */
    static String requiredString(JsonNode body, String field) {
        String value = optionalString(body, field);
        if (value == null || value.isBlank()) {
            throw ApiException.invalidRequest("Mandatory property '" + field + "' is missing");
        }
        return value;
    }

    /** A boolean given as JSON boolean or as the string "true"/"false"; null when absent. */
    static Boolean optionalBoolean(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
        }
        throw ApiException.invalidRequest("Property '" + field + "' must be true or false");
    }

    static boolean requiredBoolean(JsonNode body, String field) {
        Boolean value = optionalBoolean(body, field);
        if (value == null) {
            throw ApiException.invalidRequest("Mandatory property '" + field + "' is missing");
        }
        return value;
    }

    /** A whole number given as JSON number or numeric string; null when absent. */
    static Long optionalLong(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isTextual() && value.asText().trim().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(value.asText().trim());
        }
        throw ApiException.invalidRequest("Property '" + field + "' must be a whole number");
    }
}
