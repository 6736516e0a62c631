package dev.connectorconsole.accesscontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.connectorconsole.app.ProfileReach;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.testsupport.SandboxClients;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copying access control from a subaccount of one connector to a subaccount of another connector profile, two real
 * sandboxes over HTTPS: the target is reached with the profile's remembered password and pinned certificate, the plan
 * is read from both before anything is written, and a clash on the target is reported and left as it was.
 */
class ConnectorCopyTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SOURCE = "1b7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";
    private static final String TARGET = "3c7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";
    private static final Secret SECOND_PASSWORD = new Secret("Second-Admin-9");

    @TempDir
    Path firstData;
    @TempDir
    Path secondData;
    private SandboxServer first;
    private SandboxServer second;
    private SccClient firstClient;
    private SccClient secondAdmin;

    @BeforeEach
    void start() {
        first = SandboxServer.start(new SandboxOptions(0, firstData, "127.0.0.1", Duration.ZERO, false));
        second = SandboxServer.start(new SandboxOptions(0, secondData, "127.0.0.1", Duration.ZERO, false));
        firstClient = SandboxClients.master(first, new Secret("First-Admin-7"));
        secondAdmin = SandboxClients.master(second, SECOND_PASSWORD);
        firstClient.create(new SubaccountCreate(REGION, SOURCE, "ops@example.com", new Secret("cloud-pw"), null, null,
                null, null));
        secondAdmin.create(new SubaccountCreate(REGION, TARGET, "ops@example.com", new Secret("cloud-pw"), null, null,
                null, null));
        SystemMappings source = firstClient.systemMappings(REGION, SOURCE);
        source.create(SystemMapping.of("erp", "443", "erp.corp", "44300", "HTTPS", "abapSys", "X509_GENERAL")
                .withDescription("ERP"));
        source.createResource("erp", "443", MappingResource.of("/sap/opu/odata", true, false, "OData"));
        source.createResource("erp", "443", MappingResource.of("/sap/bc/ping", false, true, null));
        source.create(SystemMapping.of("crm", "443", "crm.corp", "443", "HTTPS", "abapSys", "NONE"));
        firstClient.domainMappings(REGION, SOURCE).create(new DomainMapping("cloud.example", "corp.local"));
        secondAdmin.systemMappings(REGION, TARGET)
                .create(SystemMapping.of("crm", "443", "crm-test.corp", "443", "HTTPS", "abapSys", "NONE"));
    }

    @AfterEach
    void stop() {
        firstClient.close();
        secondAdmin.close();
        first.close();
        second.close();
    }

    @Test
    void copiesToASubaccountOfAnotherProfileAndLeavesAClashAlone() {
        ConnectorProfile profile = secondProfile().withPinnedSha256(second.certificateSha256());
        InMemorySecretStore passwords = new InMemorySecretStore("test");
        passwords.put(profile.secretKey(), SECOND_PASSWORD);

        ProfileReach.Known known = ProfileReach.known(profile, passwords);
        assertThat(known.missing("second")).isEmpty();
        try (SccClient target = ProfileReach.open(profile, known.password().orElseThrow(), known.pinnedSha256())) {
            ConnectorCopy.Place to = new ConnectorCopy.Place(target, REGION, TARGET);
            CopyPlan plan = ConnectorCopy.plan(new ConnectorCopy.Place(firstClient, REGION, SOURCE), to);

            assertThat(plan.steps()).extracting(CopyPlan.Step::name, CopyPlan.Step::action).containsExactly(
                    tuple("erp:443", CopyPlan.Action.CREATE), tuple("crm:443", CopyPlan.Action.CLASH),
                    tuple("corp.local → cloud.example", CopyPlan.Action.CREATE));
            assertThat(secondAdmin.systemMappings(REGION, TARGET).list()).as("nothing written by the preview")
                    .extracting(SystemMapping::virtualHost).containsExactly("crm");

            CopyRun.Outcome outcome = ConnectorCopy.apply(plan, to, done -> { });

            assertThat(outcome).isEqualTo(new CopyRun.Outcome(1, 2, 1, 4));
        }
        SystemMappings onSecond = secondAdmin.systemMappings(REGION, TARGET);
        assertThat(onSecond.get("erp", "443").localHost()).isEqualTo("erp.corp");
        assertThat(onSecond.get("erp", "443").authenticationMode()).isEqualTo("X509_GENERAL");
        assertThat(onSecond.resources("erp", "443")).extracting(MappingResource::id, MappingResource::enabled,
                MappingResource::exactMatchOnly).containsExactlyInAnyOrder(tuple("/sap/opu/odata", true, false),
                tuple("/sap/bc/ping", false, true));
        assertThat(onSecond.get("crm", "443").localHost()).as("the clash is not overwritten").isEqualTo("crm-test.corp");
        assertThat(secondAdmin.domainMappings(REGION, TARGET).list())
                .containsExactly(new DomainMapping("cloud.example", "corp.local"));
        assertThat(firstClient.systemMappings(REGION, SOURCE).list()).as("the source is untouched").hasSize(2);
    }

    @Test
    void saysWhatIsMissingAndAWrongPasswordIsRefusedWithoutNamingIt() {
        ConnectorProfile profile = secondProfile();
        InMemorySecretStore passwords = new InMemorySecretStore("test");

        ProfileReach.Known nothing = ProfileReach.known(profile, passwords);
        assertThat(nothing.passwordMissing()).isTrue();
        assertThat(nothing.certificateMissing()).isTrue();
        assertThat(nothing.missing("second")).startsWith("No password is remembered for second and its certificate");

        passwords.put(AdminPasswordKeys.of("localhost", second.port(), "Administrator"), SECOND_PASSWORD);
        assertThat(ProfileReach.known(profile, passwords).password()).as("remembered by signing in")
                .contains(SECOND_PASSWORD);

        String presented = ProfileReach.certificate(profile).sha256();
        assertThat(presented.replace(":", "")).isEqualToIgnoringCase(second.certificateSha256().replace(":", ""));
        String wrong = "Wrong-Password-42";
        try (SccClient target = ProfileReach.open(profile, new Secret(wrong), presented)) {
            assertThatThrownBy(target::monitoringSubaccounts).isInstanceOf(SccException.class)
                    .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(wrong));
        }
        assertThat(secondAdmin.systemMappings(REGION, TARGET).list()).hasSize(1);
    }

    private ConnectorProfile secondProfile() {
        return ConnectorProfile.remote("second", "https://localhost:" + second.port(), "Administrator");
    }
}
