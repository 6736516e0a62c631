package dev.connectorconsole.accesscontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copying a subaccount's access control onto another over real HTTPS to the sandbox: the plan says what is created,
 * skipped and clashes before anything is sent, applying it creates exactly that (and changes nothing the target
 * already had), and the JSON export reads back into the same plan. A file that is no export is refused.
 */
class AccessControlCopyTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SOURCE = "1b7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";
    private static final String TARGET = "2b7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";

    @TempDir
    Path data;
    private SandboxServer sandbox;
    private SccClient client;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO, false));
        client = SandboxClients.master(sandbox, new Secret("Copy-Admin-7"));
        for (String id : List.of(SOURCE, TARGET)) {
            client.create(new SubaccountCreate(REGION, id, "ops@example.com", new Secret("cloud-pw"), null, null, null, null));
        }
        SystemMappings source = client.systemMappings(REGION, SOURCE);
        source.create(SystemMapping.of("erp", "443", "erp.corp", "44300", "HTTPS", "abapSys", "X509_GENERAL")
                .withDescription("ERP"));
        source.createResource("erp", "443", MappingResource.of("/sap/opu/odata", true, false, "OData"));
        source.createResource("erp", "443", MappingResource.of("/sap/bc/ping", false, true, null));
        source.create(SystemMapping.of("wiki", "80", "wiki.corp", "8080", "HTTP", "nonSAPsys", "NONE"));
        source.create(SystemMapping.of("crm", "443", "crm.corp", "443", "HTTPS", "abapSys", "NONE"));
        client.domainMappings(REGION, SOURCE).create(new DomainMapping("cloud.example", "corp.local"));
        SystemMappings target = client.systemMappings(REGION, TARGET);
        target.create(SystemMapping.of("wiki", "80", "wiki.corp", "8080", "HTTP", "nonSAPsys", "NONE"));
        target.create(SystemMapping.of("crm", "443", "crm-test.corp", "443", "HTTPS", "abapSys", "NONE"));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void thePlanSaysWhatHappensAndApplyingItCreatesExactlyThat() {
        CopyPlan plan = CopyPlan.of(AccessControlSet.read(client, REGION, SOURCE),
                AccessControlSet.read(client, REGION, TARGET));

        assertThat(plan.steps()).extracting(CopyPlan.Step::name, CopyPlan.Step::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("erp:443", CopyPlan.Action.CREATE),
                org.assertj.core.groups.Tuple.tuple("wiki:80", CopyPlan.Action.SKIP),
                org.assertj.core.groups.Tuple.tuple("crm:443", CopyPlan.Action.CLASH),
                org.assertj.core.groups.Tuple.tuple("corp.local → cloud.example", CopyPlan.Action.CREATE));
        assertThat(plan.steps().get(2).reason()).startsWith("already exposed there as crm-test.corp:443");
        assertThat(plan.requests()).as("erp, its 2 resources, the domain mapping").isEqualTo(4);

        List<Integer> progress = new ArrayList<>();
        CopyRun.Outcome outcome = CopyRun.apply(plan, client, REGION, TARGET, progress::add);

        assertThat(outcome).isEqualTo(new CopyRun.Outcome(1, 2, 1, 4));
        assertThat(progress).containsExactly(1, 2);
        SystemMappings target = client.systemMappings(REGION, TARGET);
        SystemMapping erp = target.get("erp", "443");
        assertThat(erp.localHost()).isEqualTo("erp.corp");
        assertThat(erp.authenticationMode()).isEqualTo("X509_GENERAL");
        assertThat(erp.description()).isEqualTo("ERP");
        assertThat(target.resources("erp", "443")).extracting(MappingResource::id, MappingResource::enabled,
                MappingResource::exactMatchOnly).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/sap/opu/odata", true, false),
                org.assertj.core.groups.Tuple.tuple("/sap/bc/ping", false, true));
        assertThat(target.get("crm", "443").localHost()).as("a clash is left as it was").isEqualTo("crm-test.corp");
        assertThat(client.domainMappings(REGION, TARGET).list()).containsExactly(
                new DomainMapping("cloud.example", "corp.local"));
        assertThat(CopyPlan.of(AccessControlSet.read(client, REGION, SOURCE),
                AccessControlSet.read(client, REGION, TARGET)).count(CopyPlan.Action.CREATE))
                .as("copying again creates nothing").isZero();
    }

    @Test
    void anExportReadsBackIntoTheSamePlan(@TempDir Path files) throws IOException {
        AccessControlSet source = AccessControlSet.read(client, REGION, SOURCE);
        Path file = files.resolve("erp-access.json");
        AccessControlFile.write(source, file);

        AccessControlSet read = AccessControlFile.read(file);

        AccessControlSet target = AccessControlSet.read(client, REGION, TARGET);
        assertThat(CopyPlan.of(read, target).steps()).extracting(CopyPlan.Step::name, CopyPlan.Step::action)
                .isEqualTo(CopyPlan.of(source, target).steps().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.name(), s.action())).toList());
        assertThat(read.resourceCount()).isEqualTo(2);
        assertThat(Files.readString(file)).doesNotContain("creationDate").contains("\"format\" : \"connector-console/access-control\"");
        try (var left = Files.list(files)) {
            assertThat(left).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void aFileThatIsNoExportIsRefusedWithAReason(@TempDir Path files) throws IOException {
        Path notJson = Files.writeString(files.resolve("notes.txt"), "just notes");
        Path otherJson = Files.writeString(files.resolve("other.json"), "{\"systems\":[]}");

        assertThatThrownBy(() -> AccessControlFile.read(notJson)).hasMessage("notes.txt is not a JSON file.");
        assertThatThrownBy(() -> AccessControlFile.read(otherJson))
                .hasMessage("other.json is not an access-control export of Connector Console.");
    }

    @Test
    void aDamagedExportIsRefusedWithTheFirstProblemBeforeAnythingIsRead(@TempDir Path files) throws IOException {
        AccessControlFile.write(AccessControlSet.read(client, REGION, SOURCE), files.resolve("good.json"));
        String good = Files.readString(files.resolve("good.json"));
        Path truncated = Files.writeString(files.resolve("truncated.json"), good.substring(0, good.length() / 2));
        Path badPort = Files.writeString(files.resolve("bad-port.json"),
                good.replace("\"virtualPort\" : \"443\"", "\"virtualPort\" : \"99999\""));
        Path twice = Files.writeString(files.resolve("twice.json"),
                good.replace("\"virtualHost\" : \"wiki\"", "\"virtualHost\" : \"erp\"")
                        .replace("\"virtualPort\" : \"80\"", "\"virtualPort\" : \"443\""));
        Path notAList = Files.writeString(files.resolve("not-a-list.json"),
                "{\"format\":\"connector-console/access-control\",\"version\":1,\"systems\":\"erp\"}");
        Path newer = Files.writeString(files.resolve("newer.json"), good.replace("\"version\" : 1", "\"version\" : 2"));
        Path noHost = Files.writeString(files.resolve("no-host.json"),
                good.replace("\"localHost\" : \"wiki.corp\"", "\"localHost\" : \"http://wiki.corp/\""));

        assertThatThrownBy(() -> AccessControlFile.read(truncated)).hasMessage("truncated.json is not a JSON file.");
        assertThatThrownBy(() -> AccessControlFile.read(badPort)).hasMessage("bad-port.json cannot be imported, "
                + "nothing was sent: erp:99999 has a port that is none: 99999 / 44300. (and 1 more problem(s))");
        assertThatThrownBy(() -> AccessControlFile.read(twice))
                .hasMessageStartingWith("twice.json cannot be imported, nothing was sent: erp:443 is in the file twice.");
        assertThatThrownBy(() -> AccessControlFile.read(notAList))
                .hasMessage("not-a-list.json is damaged: 'systems' is not a list.");
        assertThatThrownBy(() -> AccessControlFile.read(newer)).hasMessageStartingWith("newer.json is an export of "
                + "version 2");
        assertThatThrownBy(() -> AccessControlFile.read(noHost)).hasMessageContaining("has a host that is no host name");
        assertThat(AccessControlFile.read(files.resolve("good.json")).systems()).hasSize(3);
    }
}
