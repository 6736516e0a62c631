package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A go-vcr (v2) cassette of real SCC traffic: the requests and responses it recorded. */
record Recording(Path file, List<Interaction> interactions) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One recorded exchange; body strings are as recorded ("" when empty). */
    record Interaction(int id, String method, String path, String requestBody, int status, String responseBody,
                       JsonNode responseHeaders) {
        Optional<String> header(String name) {
            JsonNode values = responseHeaders.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0).asText());
        }
    }

    static Recording read(Path file) throws IOException {
        JsonNode root = YAML.readTree(file.toFile());
        List<Interaction> interactions = new ArrayList<>();
        for (JsonNode item : root.path("interactions")) {
            JsonNode request = item.get("request");
            JsonNode response = item.get("response");
            interactions.add(new Interaction(item.get("id").asInt(), request.get("method").asText(),
                    URI.create(request.get("url").asText()).getRawPath(), request.path("body").asText(""),
                    response.get("code").asInt(), response.path("body").asText(""), response.path("headers")));
        }
        return new Recording(file, interactions);
    }
}
