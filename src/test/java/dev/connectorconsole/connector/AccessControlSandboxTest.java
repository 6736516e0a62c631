package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccException.Kind;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxClients;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's access-control, domain-mapping and service-channel operations against the sandbox over real HTTPS. */
class AccessControlSandboxTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "8b7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";
    private static final Secret PASSWORD = new Secret("Access-Admin-7");

    @TempDir
    Path data;
    private SandboxServer sandbox;
    private SccClient client;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO, false));
        client = SandboxClients.master(sandbox, PASSWORD);
        client.create(new SubaccountCreate(REGION, ID, "ops@example.com", new Secret("cloud-pw"), null, null, null, null));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void mappingsAndResourcesWithAwkwardIds() {
        SystemMappings mappings = client.systemMappings(REGION, ID);
        assertThat(mappings.list()).isEmpty();
        mappings.create(SystemMapping.of("erp.virtual", "443", "erp.corp", "8443", "HTTPS", "abapSys", "X509_GENERAL")
                .withHostInHeader("INTERNAL"));
        SystemMapping read = mappings.get("erp.virtual", "443");
        assertThat(read.key()).isEqualTo("erp.virtual:443");
        assertThat(read.hostInHeader()).isEqualTo("INTERNAL");
        assertThat(read.description()).isNull();
        assertThat(read.creationDate()).isBeforeOrEqualTo(Instant.now()).isAfter(Instant.now().minusSeconds(60));
        assertThat(mappings.list()).containsExactly(read);

        List<String> ids = List.of("/", "/sap/opu-odata/a+b", "/with space/x", "/Überweisung/日本", "/+2D-literal");
        for (String id : ids) {
            mappings.createResource("erp.virtual", "443", MappingResource.of(id, true, id.equals("/"), "made " + id));
        }
        for (String id : ids) {
            MappingResource resource = mappings.resource("erp.virtual", "443", id);
            assertThat(resource.id()).isEqualTo(id);
            assertThat(resource.description()).isEqualTo("made " + id);
        }
        assertThat(mappings.resources("erp.virtual", "443")).extracting(MappingResource::id).containsExactlyElementsOf(ids);
        mappings.replaceResource("erp.virtual", "443", new MappingResource("/with space/x", false, true, true, "off", null));
        MappingResource changed = mappings.resource("erp.virtual", "443", "/with space/x");
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.websocketUpgradeAllowed()).isTrue();
        SystemMapping counted = mappings.get("erp.virtual", "443");
        assertThat(counted.totalResourcesCount()).isEqualTo(5);
        assertThat(counted.enabledResourcesCount()).isEqualTo(4);

        mappings.deleteResource("erp.virtual", "443", "/sap/opu-odata/a+b");
        assertThat(catchThrowableOfType(SccException.class,
                () -> mappings.resource("erp.virtual", "443", "/sap/opu-odata/a+b")).kind()).isEqualTo(Kind.NOT_FOUND);
        mappings.replace("erp.virtual", "443", read.withDescription("ERP production"));
        assertThat(mappings.get("erp.virtual", "443").description()).isEqualTo("ERP production");
        assertThat(mappings.get("erp.virtual", "443").totalResourcesCount()).as("resources stay").isEqualTo(4);
        assertThat(client.backendConnections()).singleElement().satisfies(connection -> {
            assertThat(connection.virtualBackend()).isEqualTo("erp.virtual:443");
            assertThat(connection.internalBackend()).isEqualTo("erp.corp:8443");
        });
        mappings.deleteAllResources("erp.virtual", "443");
        mappings.delete("erp.virtual", "443");
        assertThat(mappings.list()).isEmpty();
    }

    @Test
    void refusalsArriveAsTypedErrorsWithTheServerMessage() {
        SystemMappings mappings = client.systemMappings(REGION, ID);
        SystemMapping http = SystemMapping.of("web", "80", "web.corp", "80", "HTTP", "nonSAPsys", "NONE");
        mappings.create(http);
        SccException duplicate = catchThrowableOfType(SccException.class, () -> mappings.create(http));
        assertThat(duplicate.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(duplicate.serverMessage()).isEqualTo("A system mapping with virtual host and port 'web:80' already exists");
        SccException invalid = catchThrowableOfType(SccException.class, () -> mappings.create(
                SystemMapping.of("web2", "80", "web.corp", "80", "HTTP", "nonSAPsys", "X509_GENERAL")));
        assertThat(invalid.kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(invalid.getMessage()).contains("Authentication mode 'X509_GENERAL' is not allowed for protocol HTTP")
                .doesNotContain(PASSWORD.value());
        SccException unknown = catchThrowableOfType(SccException.class,
                () -> client.systemMappings(REGION, "00000000-0000-4000-8000-000000000000").list());
        assertThat(unknown.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(unknown.serverMessage())
                .isEqualTo("Subaccount with value '00000000-0000-4000-8000-000000000000@" + REGION + "' does not exist");
    }

    @Test
    void rfcAccessListsAndDomainMappings() {
        SystemMappings mappings = client.systemMappings(REGION, ID);
        mappings.create(SystemMapping.of("gw", "sapgw00", "gw.corp", "sapgw00", "RFC", "abapSys", "NONE"));
        RfcAccessLists access = mappings.rfcAccess("gw", "sapgw00");
        access.replaceAllowedClients(List.of("100", "200"));
        access.addAllowedClients(List.of("300"));
        access.removeAllowedClient("200");
        assertThat(access.allowedClients()).containsExactly("100", "300");
        access.replaceBlockedUsers(List.of(new BlockedClientUser("100", "RFC_USER")));
        access.addBlockedUsers(List.of(new BlockedClientUser("300", "BATCH")));
        access.removeBlockedUser(new BlockedClientUser("100", "RFC_USER"));
        assertThat(access.blockedUsers()).containsExactly(new BlockedClientUser("300", "BATCH"));
        assertThat(mappings.get("gw", "sapgw00").allowedClients()).containsExactly("100", "300");
        access.clearAllowedClients();
        access.clearBlockedUsers();
        assertThat(access.allowedClients()).isEmpty();
        assertThat(access.blockedUsers()).isEmpty();

        DomainMappings domains = client.domainMappings(REGION, ID);
        domains.create(new DomainMapping("cloud.example", "corp.local"));
        domains.replace("corp.local", new DomainMapping("cloud2.example", "corp.internal"));
        assertThat(domains.list()).containsExactly(new DomainMapping("cloud2.example", "corp.internal"));
        domains.delete("corp.internal");
        assertThat(domains.list()).isEmpty();
    }

    @Test
    void serviceChannelsAreCreatedEnabledAndDeleted() {
        ServiceChannels channels = client.serviceChannels(REGION, ID);
        channels.create(ServiceChannelSpec.k8s("cluster.example.com", "svc", 3000, 2, "k8s"));
        channels.create(ServiceChannelSpec.abapCloud("tenant.example.com", 20, false, 1, "abap"));
        channels.create(ServiceChannelSpec.abapCloud("REDACTED_HOST", 7, true, 1, "snc"));
        ServiceChannel k8s = channels.list(ServiceChannelType.K8S).get(0);
        ServiceChannel abap = channels.list(ServiceChannelType.ABAP_CLOUD).get(0);
        ServiceChannel snc = channels.list(ServiceChannelType.ABAP_CLOUD_SNC).get(0);
        assertThat(List.of(k8s.id(), abap.id(), snc.id())).doesNotHaveDuplicates();
        assertThat(abap.port()).isEqualTo(3320);
        assertThat(snc.port()).isEqualTo(4807);
        assertThat(k8s.state()).isNull();

        channels.enable(ServiceChannelType.K8S, k8s.id());
        ServiceChannel enabled = channels.get(ServiceChannelType.K8S, k8s.id());
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.state().connected()).isTrue();
        assertThat(enabled.state().openedConnections()).isEqualTo(2);
        channels.disable(ServiceChannelType.K8S, k8s.id());
        assertThat(channels.get(ServiceChannelType.K8S, k8s.id()).state()).isNull();
        SccException failed = catchThrowableOfType(SccException.class,
                () -> channels.enable(ServiceChannelType.ABAP_CLOUD_SNC, snc.id()));
        assertThat(failed.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failed.type()).isEqualTo("RUNTIME_FAILURE");

        channels.replace(abap.id(), ServiceChannelSpec.abapCloud("tenant.example.com", 21, false, 3, "changed"));
        ServiceChannel replaced = channels.get(ServiceChannelType.ABAP_CLOUD, abap.id());
        assertThat(replaced.port()).isEqualTo(3321);
        assertThat(replaced.comment()).isEqualTo("changed");
        assertThat(channels.list(ServiceChannelType.HANA)).isEmpty();
        assertThat(channels.list(ServiceChannelType.VIRTUAL_MACHINE)).isEmpty();
        channels.delete(ServiceChannelType.ABAP_CLOUD, abap.id());
        channels.deleteAll(ServiceChannelType.K8S);
        assertThat(channels.list(ServiceChannelType.K8S)).isEmpty();
        assertThat(channels.list(ServiceChannelType.ABAP_CLOUD)).isEmpty();
        assertThat(channels.list(ServiceChannelType.ABAP_CLOUD_SNC)).hasSize(1);
    }
}
