package dev.connectorconsole.ui;

import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.ConnectorProfile;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;

/** A sandbox connector past its first run, with demo subaccounts in every tunnel state, for screenshots. */
final class DemoConnector implements AutoCloseable {
    private final SandboxServer server;
    private final Secret password = new Secret("Demo-screenshots-1");
    private HttpServer intranet;

    private DemoConnector(SandboxServer server) {
        this.server = server;
    }

    static DemoConnector start() throws Exception {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-demo-connector"),
                "127.0.0.1", Duration.ofMillis(50), false));
        DemoConnector demo = new DemoConnector(server);
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", server.port());
        TrustSettings pinned = TrustSettings.pinned(server.certificateSha256());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pinned)) {
            first.changeInitialPassword(new Secret("manage"), demo.password);
            first.setHaRole("master");
        }
        server.seed(6);
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", demo.password), pinned)) {
            var firstSeeded = admin.subaccounts().get(1);
            admin.disconnect(firstSeeded.regionHost(), firstSeeded.subaccount());
            admin.create(new SubaccountCreate("cf.cn40.platform.sapcloud.invalid", "7d0c1e52-3b9a-4f6e-a2d8-5c4b3a291f07",
                    "admin@example.com", new Secret("demo"), "Alibaba Cloud Pilot", "shanghai", "BTP on Alibaba Cloud",
                    false));
            exposeDemoSystems(admin, admin.subaccounts().get(0));
            demo.carryDemoCalls(admin, admin.subaccounts().get(0));
        }
        return demo;
    }

    /** An intranet web server on this machine, exposed as intranet:80, and a dozen calls carried to it. */
    private void carryDemoCalls(SccClient admin, SubaccountSummary subaccount) throws Exception {
        intranet = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        intranet.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            try {
                Thread.sleep(path.contains("report") ? 420 : path.contains("search") ? 130 : 15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] page = ("<html><body>" + path + "</body></html>").repeat(path.contains("report") ? 200 : 4)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        intranet.start();
        admin.connect(subaccount.regionHost(), subaccount.subaccount());
        SystemMappings mappings = admin.systemMappings(subaccount.regionHost(), subaccount.subaccount());
        mappings.create(SystemMapping.of("intranet", "80", "127.0.0.1", Integer.toString(intranet.getAddress().getPort()),
                "HTTP", "nonSAPsys", "NONE").withHostInHeader("VIRTUAL").withDescription("Intranet portal"));
        mappings.createResource("intranet", "80", MappingResource.of("/portal", true, false, "Portal pages"));
        for (String path : new String[] {"/portal/home", "/portal/news", "/portal/search?q=travel", "/portal/report/q3",
            "/portal/home", "/portal/people/42", "/portal/search?q=expenses", "/portal/report/q4", "/portal/home"}) {
            dev.connectorconsole.testsupport.SandboxTraffic.carry(server, password.value(), subaccount.regionHost(),
                    subaccount.subaccount(), "intranet", "80", path);
        }
    }

    /** What an administrator exposes first: an ABAP system over HTTPS with its OData paths, its RFC, and a web app. */
    private static void exposeDemoSystems(SccClient admin, SubaccountSummary subaccount) {
        SystemMappings mappings = admin.systemMappings(subaccount.regionHost(), subaccount.subaccount());
        mappings.create(SystemMapping.of("erp-virtual", "443", "erp01.corp.local", "44300", "HTTPS", "abapSys",
                "X509_GENERAL").withDescription("S/4HANA production"));
        mappings.createResource("erp-virtual", "443", MappingResource.of("/sap/opu/odata", true, false, "OData services"));
        mappings.createResource("erp-virtual", "443", MappingResource.of("/sap/bc/ping", true, true, null));
        mappings.createResource("erp-virtual", "443", MappingResource.of("/sap/bc/gui", false, false, "Web GUI"));
        mappings.create(SystemMapping.of("erp-rfc", "sapgw00", "erp01.corp.local", "sapgw00", "RFCS", "abapSys",
                "NONE"));
        mappings.createResource("erp-rfc", "sapgw00", MappingResource.of("BAPI_", true, false, null));
        mappings.create(SystemMapping.of("wiki", "80", "wiki.corp.local", "8080", "HTTP", "nonSAPsys", "NONE"));
    }

    String adminUrl() {
        return "https://localhost:" + server.port();
    }

    Secret password() {
        return password;
    }

    ConnectorProfile profile() {
        return ConnectorProfile.remote("Demo connector", adminUrl(), "Administrator")
                .withPinnedSha256(server.certificateSha256());
    }

    @Override
    public void close() {
        if (intranet != null) {
            intranet.stop(0);
        }
        server.close();
    }
}
