package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a resource answers: a status, an optional JSON body and an optional Location (absolute URL).
 */
record ApiResponse(int status, JsonNode body, String location) {
    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body, null);
    }

    static ApiResponse created(String location, JsonNode body) {
        return new ApiResponse(201, body, location);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, null);
    }
}
