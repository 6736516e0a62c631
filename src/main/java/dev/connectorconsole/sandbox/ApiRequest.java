package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * One authenticated request as the resources see it.
 *
 * @param method      upper-case HTTP method
 * @param segments    decoded path segments, e.g. [api, v1, connector, version]
 * @param query       decoded query parameters (first value wins)
 * @param contentType the Content-Type header or null
 * @param body        the request body, possibly empty
 * @param baseUrl     "https://host:port" as the client addressed the server, for absolute links
 * @param user        the authenticated user's name
 */
record ApiRequest(String method, List<String> segments, Map<String, String> query, String contentType, byte[] body,
                  String baseUrl, String user) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    String segment(int index) {
        return segments.get(index);
    }

    boolean hasBody() {
        return body.length > 0;
    }

    /** The body as JSON; 400 INVALID_REQUEST when it is missing or not valid JSON. */
    JsonNode json() {
        if (!hasBody()) {
            throw ApiException.invalidRequest("Request body is missing");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.invalidRequest("Request body is missing");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.invalidRequest("Request body is not valid JSON");
        } catch (java.io.IOException e) {
            throw ApiException.invalidRequest("Request body could not be read");
        }
    }

    /** The body as a JSON object; 400 when it is another JSON value. */
    JsonNode jsonObject() {
        JsonNode node = json();
        if (!node.isObject()) {
            throw ApiException.invalidRequest("Request body must be a JSON object");
        }
        return node;
    }
}
