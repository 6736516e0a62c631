package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls carried through a system mapping to a real internal HTTP server ({@code POST /sandbox/traffic}) fill the
 * monitoring figures as the connector's do: open connections, duration buckets, usage per resource, the slowest calls;
 * a path no enabled resource allows is refused and audited, a dead internal host is a 502.
 */
class BackendTrafficTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e";
    private static final String SUBACCOUNT = "/api/v1/configuration/subaccounts/" + REGION + "/" + ID;
    private static final byte[] ORDERS = "{\"orders\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;
    private SandboxFixture sandbox;
    private HttpServer backend;

    @BeforeEach
    void start() throws IOException {
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/sap/slow")) {
                sleep(160);
            }
            exchange.sendResponseHeaders(200, ORDERS.length);
            exchange.getResponseBody().write(ORDERS);
            exchange.close();
        });
        backend.start();
        sandbox = SandboxFixture.initialized(dataDir);
        sandbox.send("POST", "/api/v1/configuration/subaccounts", "{\"regionHost\":\"" + REGION + "\",\"subaccount\":\""
                + ID + "\",\"cloudUser\":\"ops@example.com\",\"cloudPassword\":\"s3cret\"}").expect(201);
        sandbox.send("PUT", SUBACCOUNT + "/state", "{\"connected\":true}").expect(204);
        mapping("erp", "8000", backend.getAddress().getPort());
        sandbox.send("POST", SUBACCOUNT + "/systemMappings/erp:8000/resources",
                "{\"id\":\"/sap/orders\",\"enabled\":true}").expect(201);
        sandbox.send("POST", SUBACCOUNT + "/systemMappings/erp:8000/resources",
                "{\"id\":\"/sap/slow\",\"enabled\":true}").expect(201);
        sandbox.send("POST", SUBACCOUNT + "/systemMappings/erp:8000/resources",
                "{\"id\":\"/sap/hidden\",\"enabled\":false}").expect(201);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        backend.stop(0);
    }

    @Test
    void callsThroughAMappingShowInEveryTrafficFigure() {
        JsonNode answer = call("erp", "8000", "/sap/orders/42?$format=json").expect(200).json();
        assertThat(answer.get("status").asInt()).isEqualTo(200);
        assertThat(answer.get("resource").asText()).isEqualTo("/sap/orders");
        call("erp", "8000", "/sap/orders").expect(200);
        long slow = call("erp", "8000", "/sap/slow/report").expect(200).json().get("totalTime").asLong();
        assertThat(slow).isGreaterThanOrEqualTo(160);

        JsonNode usage = get("usage").at("/subaccounts/0/usageStatistics/0");
        assertThat(usage.get("calls").asLong()).isEqualTo(3);
        assertThat(usage.get("bytesReceived").asLong()).isEqualTo(3L * ORDERS.length);
        assertThat(usage.get("mostRecentAccess").asLong()).isPositive();
        assertThat(usage.at("/resources/0/resourceName").asText()).isEqualTo("/sap/orders");
        assertThat(usage.at("/resources/0/calls").asLong()).isEqualTo(2);
        assertThat(usage.at("/resources/1/calls").asLong()).isEqualTo(1);
        assertThat(usage.at("/resources/2/calls").asLong()).isZero();
        assertThat(usage.at("/resources/2").has("mostRecentAccess")).isFalse();

        long counted = 0;
        for (JsonNode bucket : get("performance/backends").at("/subaccounts/0/backendPerformance/0/buckets")) {
            counted += bucket.get("numberOfCalls").asLong();
        }
        assertThat(counted).as("every call lands in one duration bucket").isEqualTo(3);
        assertThat(get("performance/backends").at("/subaccounts/0/backendPerformance/0/buckets/"
                + BackendTraffic.bucket(slow) + "/numberOfCalls").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode slowest = get("performance/topTimeConsumers").at("/subaccounts/0/requests");
        assertThat(slowest).hasSize(3);
        assertThat(slowest.get(0).get("resource").asText()).isEqualTo("/sap/slow");
        assertThat(slowest.get(0).get("virtualBackend").asText()).isEqualTo("erp:8000");
        assertThat(slowest.get(0).get("internalBackend").asText())
                .isEqualTo("127.0.0.1:" + backend.getAddress().getPort());
        assertThat(slowest.get(0).get("totalTime").asLong()).isEqualTo(slow);
        assertThat(slowest.get(0).get("user").asText()).isEqualTo("Administrator");
        assertThat(get("connections/backends").at("/subaccounts/0/backendConnections/0/active").asInt())
                .as("no call open any more").isZero();
    }

    @Test
    void aPathNoEnabledResourceAllowsIsRefusedAndAudited() throws IOException {
        assertThat(call("erp", "8000", "/sap/hidden/x").expect(403).json().get("message").asText())
                .contains("Access denied to /sap/hidden/x");
        call("erp", "8000", "/sap/ordersX").expect(403);
        call("erp", "8000", "/other").expect(403);
        assertThat(get("usage").at("/subaccounts/0/usageStatistics/0/calls").asLong()).isZero();
        String audit = Files.readString(sandbox.server().auditFile());
        assertThat(audit).contains("ACCESS_DENIED").contains("/sap/hidden/x");
    }

    @Test
    void anInternalHostThatIsDownIsABadGatewayAndADisconnectedTunnelCarriesNothing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        mapping("down", "8000", closedPort);
        sandbox.send("POST", SUBACCOUNT + "/systemMappings/down:8000/resources", "{\"id\":\"/\",\"enabled\":true}")
                .expect(201);
        assertThat(call("down", "8000", "/anything").expect(502).json().get("message").asText())
                .contains("127.0.0.1:" + closedPort).contains("cannot be reached");

        sandbox.send("PUT", SUBACCOUNT + "/state", "{\"connected\":false}").expect(204);
        assertThat(call("erp", "8000", "/sap/orders").expect(409).json().get("message").asText())
                .contains("not connected");
    }

    private void mapping(String virtualHost, String virtualPort, int localPort) {
        sandbox.send("POST", SUBACCOUNT + "/systemMappings", "{\"virtualHost\":\"" + virtualHost + "\",\"virtualPort\":\""
                + virtualPort + "\",\"localHost\":\"127.0.0.1\",\"localPort\":\"" + localPort + "\",\"protocol\":\"HTTP\","
                + "\"backendType\":\"abapSys\",\"authenticationMode\":\"NONE\",\"hostInHeader\":\"VIRTUAL\"}")
                .expect(201);
    }

    private Reply call(String virtualHost, String virtualPort, String path) {
        return sandbox.send("POST", "/" + TrafficResource.PATH, "{\"regionHost\":\"" + REGION + "\",\"subaccount\":\"" + ID
                + "\",\"virtualHost\":\"" + virtualHost + "\",\"virtualPort\":\"" + virtualPort + "\",\"path\":\"" + path
                + "\"}");
    }

    private JsonNode get(String path) {
        return sandbox.send("GET", "/api/monitoring/" + path, null).expect(200).json();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
