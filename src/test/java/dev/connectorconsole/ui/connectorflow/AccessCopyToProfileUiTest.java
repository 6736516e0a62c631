package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.testsupport.SandboxClients;
import dev.connectorconsole.ui.access.AccessControlScreen;
import dev.connectorconsole.ui.access.AccessControlViewModel;
import dev.connectorconsole.ui.access.InternalHostCheck;
import dev.connectorconsole.ui.access.OtherProfiles;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Copying a subaccount's access control to a subaccount of another connector profile, in a real window, signed in to
 * one sandbox and copying to a second sandbox over HTTPS: the dialog says the other profile has no remembered
 * password and no trusted certificate, shows the certificate's fingerprint, refuses a wrong password without
 * touching the signed-in session and keeps what was typed, then connects, previews (created, clashing) before
 * anything is written, copies, and the result is what the second connector holds.
 */
@ExtendWith(ApplicationExtension.class)
class AccessCopyToProfileUiTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SOURCE = "1b7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";
    private static final String TARGET = "3c7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";
    private static final String SECOND_PASSWORD = "Second-Conn3ctor!";
    private static SandboxServer first;
    private static SandboxServer second;
    private static SccClient firstAdmin;
    private static SccClient secondAdmin;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ConnectorSession session;
    private ScreenHost host;
    private Stage stage;

    @BeforeAll
    static void prepareConnectors() throws Exception {
        first = SandboxConnector.start(Files.createTempDirectory("cc-ui-copy-first"));
        second = SandboxConnector.start(Files.createTempDirectory("cc-ui-copy-second"));
        firstAdmin = SandboxClients.master(first, new Secret(SandboxConnector.NEW_PASSWORD));
        secondAdmin = SandboxClients.master(second, new Secret(SECOND_PASSWORD));
        firstAdmin.create(new SubaccountCreate(REGION, SOURCE, "ops@example.com", new Secret("cloud-pw"), "Production",
                null, null, null, null));
        secondAdmin.create(new SubaccountCreate(REGION, TARGET, "ops@example.com", new Secret("cloud-pw"), "Test",
                null, null, null, null));
        SystemMappings source = firstAdmin.systemMappings(REGION, SOURCE);
        source.create(SystemMapping.of("erp", "443", "erp.corp", "44300", "HTTPS", "abapSys", "NONE"));
        source.createResource("erp", "443", MappingResource.of("/sap/opu/odata", true, false, "OData"));
        source.create(SystemMapping.of("crm", "443", "crm.corp", "443", "HTTPS", "abapSys", "NONE"));
        firstAdmin.domainMappings(REGION, SOURCE).create(new DomainMapping("cloud.example", "corp.local"));
        secondAdmin.systemMappings(REGION, TARGET)
                .create(SystemMapping.of("crm", "443", "crm-test.corp", "443", "HTTPS", "abapSys", "NONE"));
    }

    @AfterAll
    static void stopConnectors() {
        firstAdmin.close();
        secondAdmin.close();
        first.close();
        second.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        List<ConnectorProfile> profiles = List.of(
                ConnectorProfile.remote("first", SandboxConnector.url(first), "Administrator")
                        .withPinnedSha256(first.certificateSha256()),
                ConnectorProfile.remote("second", "https://localhost:" + second.port(), "Administrator"));
        CompletableFuture<SecretStore> nothingRemembered = CompletableFuture.completedFuture(
                new InMemorySecretStore("in memory"));
        session = new ConnectorSession(new PinnedClientFactory(), tasks, first.certificateSha256(), pin -> { });
        AccessControlScreen access = new AccessControlScreen(new AccessControlViewModel(new ConnectorCalls(session,
                tasks), InternalHostCheck.unavailable(), new OtherProfiles(() -> profiles, nothingRemembered, tasks)));
        host = new ScreenHost(false);
        host.add("signin", new SignInView(new SignInViewModel(session, SandboxConnector.url(first), null)))
                .add("access", access);
        host.show("signin");
        host.showIn(stage, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> host.current().deactivate()).get(5, TimeUnit.SECONDS);
        session.close();
        tasks.close();
    }

    @Test
    void copiesToASubaccountOfTheOtherProfileAfterAPreview(FxRobot robot) throws Exception {
        signIn(robot);
        WaitForAsyncUtils.asyncFx(() -> {
            host.show("access");
            ((AccessControlScreen) host.current()).show(REGION, SOURCE);
        }).get(5, TimeUnit.SECONDS);
        UiWait.until("Production shown", () -> robot.lookup("#access-subaccount").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() != null
                        && "Production".equals(((ComboBox<?>) n).getValue().toString())).orElse(false)
                && !robot.lookup("#access-transfer").query().isDisabled());

        robot.clickOn("#access-transfer");
        robot.clickOn("#copy-access-profile");
        UiWait.until("the connector question", () -> robot.lookup("#copy-profile-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#copy-profile-dialog").queryAs(DialogPane.class);
        ComboBox<?> profile = robot.from(dialog).lookup("#copy-profile").queryAs(ComboBox.class);
        assertThat(profile.getItems()).as("the signed-in connector is not offered").hasSize(1);
        assertThat(((ConnectorProfile) profile.getValue()).name()).isEqualTo("second");
        UiWait.until("what is missing", () -> text(robot, dialog, "#copy-profile-missing").startsWith(
                "No password is remembered for second and its certificate is not trusted yet"));
        UiWait.until("the fingerprint", () -> text(robot, dialog, "#copy-profile-fingerprint").replace(":", "")
                .toUpperCase().contains(second.certificateSha256().replace(":", "").toUpperCase()));
        Node connect = robot.from(dialog).lookup("#copy-profile-connect").query();
        Node preview = robot.from(dialog).lookup("#copy-profile-preview").query();
        assertThat(connect.isDisabled()).as("no password, certificate not trusted").isTrue();
        assertThat(preview.isDisabled()).isTrue();

        PasswordField password = robot.from(dialog).lookup("#copy-profile-password").queryAs(PasswordField.class);
        robot.clickOn(password).write("Wrong-Password-1");
        UiWait.until("typed", () -> password.getText().equals("Wrong-Password-1"));
        assertThat(connect.isDisabled()).as("certificate not trusted yet").isTrue();
        robot.clickOn("#copy-profile-trust");
        UiWait.until("connect offered", () -> !connect.isDisabled());
        robot.clickOn(connect);
        UiWait.until("the refusal", () -> text(robot, dialog, "#copy-profile-message").length() > 0 && !connect.isDisabled());
        assertThat(text(robot, dialog, "#copy-profile-message")).doesNotContain("Wrong-Password-1")
                .doesNotStartWith("Connected");
        assertThat(password.getText()).as("what was typed is kept").isEqualTo("Wrong-Password-1");
        assertThat(preview.isDisabled()).isTrue();
        assertThat(session.state()).as("the signed-in session is not touched").isEqualTo(SessionState.SIGNED_IN);

        robot.clickOn(password).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(SECOND_PASSWORD);
        UiWait.until("typed", () -> password.getText().equals(SECOND_PASSWORD));
        robot.clickOn(connect);
        UiWait.until("connected", () -> text(robot, dialog, "#copy-profile-message")
                .equals("Connected to second: 1 subaccount(s)."));
        assertThat(robot.from(dialog).lookup("#copy-profile-subaccount").queryAs(ComboBox.class).getValue())
                .hasToString("Test");
        UiWait.until("preview offered", () -> !preview.isDisabled());
        WaitForAsyncUtils.asyncFx(() -> ScreenHost.snapshot(dialog.getScene(),
                UiWait.SHOTS.resolve("48-access-control-copy-to-profile.png"))).get(10, TimeUnit.SECONDS);
        robot.clickOn(preview);

        UiWait.until("the preview", () -> robot.lookup("#copy-dialog").tryQuery().isPresent());
        DialogPane plan = robot.lookup("#copy-dialog").queryAs(DialogPane.class);
        assertThat(plan.getHeaderText()).startsWith("Copy to Test on second?");
        assertThat(robot.from(plan).lookup("#copy-summary").queryAs(Label.class).getText()).isEqualTo(
                "2 item(s) created with 3 request(s), 0 already there, 1 not copied because the target has its own "
                        + "version.");
        assertThat(secondAdmin.systemMappings(REGION, TARGET).list()).as("nothing written yet").hasSize(1);
        assertThat(secondAdmin.domainMappings(REGION, TARGET).list()).isEmpty();
        WaitForAsyncUtils.asyncFx(() -> ScreenHost.snapshot(plan.getScene(),
                UiWait.SHOTS.resolve("48a-access-control-copy-to-profile-preview.png"))).get(10, TimeUnit.SECONDS);
        robot.clickOn(robot.from(plan).lookup("#copy-confirm").queryButton());

        UiWait.until("copied", () -> text(robot, null, "#form-message").startsWith("Copied to Test on second: "
                + "1 system(s), 1 resource(s), 1 domain mapping(s) (3 requests, "));
        assertThat(text(robot, null, "#form-message")).endsWith("1 item(s) not copied: the target has its own version.");
        UiWait.shot(stage, "48b-access-control-copied-to-profile");
        SystemMappings onSecond = secondAdmin.systemMappings(REGION, TARGET);
        assertThat(onSecond.get("erp", "443").localHost()).isEqualTo("erp.corp");
        assertThat(onSecond.resources("erp", "443")).extracting(MappingResource::id, MappingResource::enabled)
                .containsExactly(tuple("/sap/opu/odata", true));
        assertThat(onSecond.get("crm", "443").localHost()).as("the clash is left alone").isEqualTo("crm-test.corp");
        assertThat(secondAdmin.domainMappings(REGION, TARGET).list())
                .containsExactly(new DomainMapping("cloud.example", "corp.local"));
        assertThat(firstAdmin.systemMappings(REGION, SOURCE).list()).as("the source is untouched").hasSize(2);
        assertThat(session.state()).isEqualTo(SessionState.SIGNED_IN);
    }

    private void signIn(FxRobot robot) {
        PasswordField password = robot.lookup("#password").queryAs(PasswordField.class);
        robot.clickOn(password).write(SandboxConnector.NEW_PASSWORD);
        UiWait.until("the admin password typed", () -> password.getText().equals(SandboxConnector.NEW_PASSWORD));
        robot.clickOn("#sign-in");
        UiWait.until("signed in", () -> session.state() == SessionState.SIGNED_IN);
    }

    private static String text(FxRobot robot, Node within, String query) {
        return (within == null ? robot.lookup(query) : robot.from(within).lookup(query)).tryQuery()
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).orElse("");
    }
}
