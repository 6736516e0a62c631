package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.access.AccessControlScreen;
import dev.connectorconsole.ui.access.AccessControlViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import dev.connectorconsole.ui.subaccounts.SubaccountsScreen;
import dev.connectorconsole.ui.subaccounts.SubaccountsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * Exposing an on-premise system in a real window against the sandbox connector over HTTPS: wrong input first (each
 * field says what is wrong, Add stays off, nothing reaches the connector), then an HTTP system with two resources, one
 * disabled, copied to the other subaccount after a preview, a clash of virtual host and port refused before sending,
 * and the system deleted after a confirmation.
 * Every step is checked against what the connector holds.
 */
@ExtendWith(ApplicationExtension.class)
class AccessControlUiTest {
    private static Path dataDir;
    private static SandboxServer sandbox;
    private static SccClient admin;
    private static SubaccountSummary first;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ConnectorSession session;
    private ScreenHost host;
    private Stage stage;

    @BeforeAll
    static void prepareConnector() throws Exception {
        dataDir = Files.createTempDirectory("cc-ui-access");
        sandbox = SandboxConnector.start(dataDir);
        ConnectorEndpoint endpoint = new ConnectorEndpoint("127.0.0.1", sandbox.port());
        TrustSettings pin = TrustSettings.pinned(sandbox.certificateSha256());
        try (SccClient initial = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pin)) {
            initial.changeInitialPassword(new Secret("manage"), new Secret(SandboxConnector.NEW_PASSWORD));
        }
        admin = new SccClient(endpoint, new Credentials("Administrator", new Secret(SandboxConnector.NEW_PASSWORD)),
                pin);
        admin.setHaRole("master");
        sandbox.seed(2);
        first = admin.subaccounts().get(0);
    }

    @AfterAll
    static void stopSandbox() {
        admin.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ConnectorSession(new PinnedClientFactory(), tasks, sandbox.certificateSha256(), pin -> { });
        AccessControlScreen access = new AccessControlScreen(new AccessControlViewModel(new ConnectorCalls(session, tasks)));
        SubaccountsScreen subaccounts = new SubaccountsScreen(new SubaccountsViewModel(session, tasks));
        host = new ScreenHost(false);
        subaccounts.onOpenAccess((region, id) -> {
            access.show(region, id);
            host.show("access");
        });
        host.add("signin", new SignInView(new SignInViewModel(session, SandboxConnector.url(sandbox), null)))
                .add("subaccounts", subaccounts)
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
    void exposesASystemWithResourcesAfterRefusingWrongInput(FxRobot robot) throws Exception {
        SystemMappings onConnector = admin.systemMappings(first.regionHost(), first.subaccount());
        signIn(robot);
        openFromTheSubaccountRow(robot);
        TableView<?> mappings = robot.lookup("#mapping-table").queryTableView();
        assertThat(mappings.getItems()).isEmpty();
        assertThat(text(robot, "#mapping-form-title")).isEqualTo("Expose a system");

        // Wrong input first: each field says what is wrong, the button stays off and Enter sends nothing.
        choose(robot, "#protocol", "HTTP");
        type(robot, "#virtual-host", "http://erp-virtual/");
        type(robot, "#virtual-port", "99999");
        type(robot, "#internal-host", "erp.corp.local");
        type(robot, "#internal-port", "sapgw00");
        assertThat(error(robot, "#virtual-host-error")).isEqualTo("Enter the host name only, without a protocol or a path.");
        assertThat(error(robot, "#virtual-port-error")).isEqualTo("A port is a number from 1 to 65535.");
        assertThat(error(robot, "#internal-port-error")).as("a gateway service is no HTTP port")
                .isEqualTo("A port is a number from 1 to 65535.");
        assertThat(robot.lookup("#save-mapping").queryButton().isDisabled()).isTrue();
        robot.push(KeyCode.ENTER);
        UiWait.shot(stage, "40-access-control-refused");
        assertThat(onConnector.list()).as("nothing was sent").isEmpty();

        // HTTP allows no X.509 principal type; the Host header choice is offered for HTTP only.
        ComboBox<?> principal = robot.lookup("#principal-type").queryAs(ComboBox.class);
        assertThat(principal.getItems().stream().map(String::valueOf).toList()).containsExactly("NONE", "KERBEROS");
        assertThat(robot.lookup("#host-header").query().isVisible()).isTrue();

        // Corrected: the system is added and is what the connector now holds.
        type(robot, "#virtual-host", "erp-virtual");
        type(robot, "#virtual-port", "443");
        type(robot, "#internal-port", "44300");
        type(robot, "#description", "ERP for the cloud");
        UiWait.until("the form valid", () -> !robot.lookup("#save-mapping").queryButton().isDisabled());
        robot.clickOn("#save-mapping");
        UiWait.until("the system added", () -> text(robot, "#form-message").equals("System erp-virtual:443 added."));
        SystemMapping added = onConnector.get("erp-virtual", "443");
        assertThat(added.localHost()).isEqualTo("erp.corp.local");
        assertThat(added.localPort()).isEqualTo("44300");
        assertThat(added.protocol()).isEqualTo("HTTP");
        assertThat(added.backendType()).isEqualTo("abapSys");
        assertThat(added.hostInHeader()).isEqualTo("VIRTUAL");
        assertThat(added.description()).isEqualTo("ERP for the cloud");
        assertThat(mappings.getItems()).hasSize(1);
        assertThat(text(robot, "#mapping-form-title")).isEqualTo("erp-virtual:443");
        UiWait.until("the row drawn", () -> cellTexts(robot, "#mapping-table").contains("erp-virtual:443"));
        assertThat(cellTexts(robot, "#mapping-table")).contains("erp-virtual:443", "erp.corp.local:44300", "HTTP",
                "ABAP System", "None", "none");

        // Two resources: a path with its sub-paths, and one path only, which is then disabled.
        addResource(robot, "sap/opu/odata", "A URL path starts with /, e.g. /sap/opu/odata.", "/sap/opu/odata", false);
        addResource(robot, null, null, "/sap/bc/ping", true);
        UiWait.until("two resources", () -> onConnector.resources("erp-virtual", "443").size() == 2);
        TableView<?> resources = robot.lookup("#resource-table").queryTableView();
        UiWait.until("both shown", () -> resources.getItems().size() == 2);
        robot.clickOn("/sap/bc/ping");
        robot.clickOn("#toggle-resource");
        UiWait.until("disabled on the connector", () -> !resourceOn(onConnector, "/sap/bc/ping").enabled());
        assertThat(resourceOn(onConnector, "/sap/opu/odata").enabled()).isTrue();
        assertThat(resourceOn(onConnector, "/sap/opu/odata").exactMatchOnly()).isFalse();
        assertThat(resourceOn(onConnector, "/sap/bc/ping").exactMatchOnly()).isTrue();
        UiWait.until("the count follows", () -> cellTexts(robot, "#mapping-table").contains("1 of 2 on"));
        assertThat(cellTexts(robot, "#resource-table")).contains("Path and sub-paths", "Path only", "Disabled");
        UiWait.shot(stage, "41-access-control-system-with-resources");

        // Copied to the other subaccount: the preview says what happens before anything is sent.
        SubaccountSummary second = admin.subaccounts().get(1);
        String secondName = admin.subaccount(second.regionHost(), second.subaccount()).displayName();
        robot.clickOn("#access-transfer");
        robot.clickOn("#copy-access");
        UiWait.until("the target question", () -> robot.lookup("#copy-target-dialog").tryQuery().isPresent());
        DialogPane target = robot.lookup("#copy-target-dialog").queryAs(DialogPane.class);
        robot.clickOn(robot.from(target).lookup(".button")
                .match(n -> n instanceof Button b && b.isDefaultButton()).queryButton());
        UiWait.until("the preview", () -> robot.lookup("#copy-dialog").tryQuery().isPresent());
        DialogPane preview = robot.lookup("#copy-dialog").queryAs(DialogPane.class);
        assertThat(preview.getHeaderText()).startsWith("Copy to " + secondName + "?");
        assertThat(robot.from(preview).lookup("#copy-summary").queryAs(Label.class).getText())
                .isEqualTo("1 item(s) created with 3 request(s), 0 already there, 0 not copied because the target "
                        + "has its own version.");
        assertThat(admin.systemMappings(second.regionHost(), second.subaccount()).list()).as("nothing sent yet").isEmpty();
        WaitForAsyncUtils.asyncFx(() -> ScreenHost.snapshot(preview.getScene(),
                UiWait.SHOTS.resolve("43-access-control-copy-preview.png"))).get(10, TimeUnit.SECONDS);
        robot.clickOn(robot.from(preview).lookup("#copy-confirm").queryButton());
        UiWait.until("copied", () -> text(robot, "#form-message").startsWith("Copied to " + secondName
                + ": 1 system(s), 2 resource(s), 0 domain mapping(s) (3 requests, "));
        SystemMappings copied = admin.systemMappings(second.regionHost(), second.subaccount());
        assertThat(copied.get("erp-virtual", "443").localHost()).isEqualTo("erp.corp.local");
        assertThat(copied.resources("erp-virtual", "443")).extracting(MappingResource::id, MappingResource::enabled)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/sap/opu/odata", true),
                        org.assertj.core.groups.Tuple.tuple("/sap/bc/ping", false));

        // A second system on the same virtual host and port is refused before anything is sent.
        robot.clickOn("#add-system");
        UiWait.until("an empty form", () -> text(robot, "#mapping-form-title").equals("Expose a system"));
        type(robot, "#virtual-host", "ERP-VIRTUAL");
        type(robot, "#virtual-port", "443");
        type(robot, "#internal-host", "other.corp.local");
        type(robot, "#internal-port", "8443");
        assertThat(error(robot, "#virtual-port-error")).startsWith("Another system is already exposed as ERP-VIRTUAL:443");
        assertThat(robot.lookup("#save-mapping").queryButton().isDisabled()).isTrue();

        // Deleting asks first, names what is lost, and removes the system with its resources.
        robot.clickOn("#discard-mapping");
        robot.clickOn("erp-virtual:443");
        UiWait.until("the system chosen", () -> text(robot, "#mapping-form-title").equals("erp-virtual:443"));
        robot.clickOn("#delete-mapping");
        DialogPane confirm = robot.lookup("#confirmation").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).isEqualTo("Stop exposing erp-virtual:443?");
        assertThat(confirm.getContentText()).contains("erp.corp.local:44300").contains("2 resource(s)");
        robot.clickOn(robot.from(confirm).lookup(".button")
                .match(n -> n instanceof Button b && "Delete".equals(b.getText())).queryButton());
        UiWait.until("deleted", () -> text(robot, "#form-message").equals("System erp-virtual:443 deleted."));
        assertThat(onConnector.list()).isEmpty();
        assertThat(mappings.getItems()).isEmpty();
    }

    @Test
    void mapsADomainAfterRefusingOneWithoutADot(FxRobot robot) throws Exception {
        signIn(robot);
        openFromTheSubaccountRow(robot);
        robot.clickOn("Domain mappings");
        UiWait.until("the tab", () -> robot.lookup("#domain-table").tryQuery().map(Node::isVisible).orElse(false));
        type(robot, "#internal-domain", "corp");
        type(robot, "#virtual-domain", "cloud.example");
        assertThat(error(robot, "#internal-domain-error"))
                .isEqualTo("A domain has at least one dot and no protocol, port or path, e.g. corp.local.");
        assertThat(robot.lookup("#save-domain").queryButton().isDisabled()).isTrue();

        type(robot, "#internal-domain", "corp.local");
        UiWait.until("valid", () -> !robot.lookup("#save-domain").queryButton().isDisabled());
        robot.clickOn("#save-domain");
        UiWait.until("added", () -> admin.domainMappings(first.regionHost(), first.subaccount()).list().size() == 1);
        assertThat(admin.domainMappings(first.regionHost(), first.subaccount()).list())
                .containsExactly(new DomainMapping("cloud.example", "corp.local"));
        UiWait.until("confirmed", () -> text(robot, "#domain-message").equals(
                "corp.local is shown to the cloud as cloud.example."));
        UiWait.shot(stage, "44-access-control-domain-mapping");

        robot.clickOn("#new-domain");
        type(robot, "#internal-domain", "CORP.local");
        assertThat(error(robot, "#internal-domain-error")).startsWith("The internal domain CORP.local is already mapped");

        robot.clickOn("corp.local");
        UiWait.until("chosen", () -> robot.lookup("#delete-domain").query().isVisible());
        robot.clickOn("#delete-domain");
        DialogPane confirm = robot.lookup("#confirmation").queryAs(DialogPane.class);
        robot.clickOn(robot.from(confirm).lookup(".button")
                .match(n -> n instanceof Button b && "Delete".equals(b.getText())).queryButton());
        UiWait.until("deleted", () -> admin.domainMappings(first.regionHost(), first.subaccount()).list().isEmpty());
    }

    @Test
    void addsAKubernetesChannelOpensItAndShowsWhyAnotherCannotOpen(FxRobot robot) throws Exception {
        SubaccountSummary connected = admin.subaccounts().stream().filter(s -> admin.subaccount(s.regionHost(),
                s.subaccount()).tunnel().state() == dev.connectorconsole.connector.TunnelState.CONNECTED)
                .findFirst().orElseThrow();
        var onConnector = admin.serviceChannels(connected.regionHost(), connected.subaccount());
        signIn(robot);
        openFromTheSubaccountRow(robot, connected);
        robot.clickOn("Service channels");
        UiWait.until("the tab", () -> robot.lookup("#channel-table").tryQuery().map(Node::isVisible).orElse(false));

        type(robot, "#host", "k8s.example.com");
        type(robot, "#service-id", "svc-4711");
        type(robot, "#local-port", "70000");
        assertThat(error(robot, "#local-port-error")).isEqualTo("The local port is a number from 1 to 65535.");
        assertThat(robot.lookup("#add-channel").queryButton().isDisabled()).isTrue();
        type(robot, "#local-port", "30000");
        UiWait.until("valid", () -> !robot.lookup("#add-channel").queryButton().isDisabled());
        robot.clickOn("#add-channel");
        UiWait.until("added", () -> text(robot, "#channel-message")
                .equals("Channel added on local port 30000; enable it to open it."));
        var k8s = onConnector.list(dev.connectorconsole.connector.ServiceChannelType.K8S);
        assertThat(k8s).singleElement().satisfies(c -> {
            assertThat(c.k8sCluster()).isEqualTo("k8s.example.com");
            assertThat(c.port()).isEqualTo(30000);
            assertThat(c.enabled()).isFalse();
        });

        UiWait.until("its row", () -> cellTexts(robot, "#channel-table").contains("k8s.example.com · svc-4711"));
        robot.clickOn("k8s.example.com · svc-4711");
        robot.clickOn("#toggle-channel");
        UiWait.until("enabled on the connector", () -> onConnector.list(
                dev.connectorconsole.connector.ServiceChannelType.K8S).get(0).enabled());
        UiWait.until("its state shown", () -> cellTexts(robot, "#channel-table").stream()
                .anyMatch(t -> t.startsWith("Open") || t.startsWith("Enabled")));
        UiWait.shot(stage, "45-access-control-service-channel");

        // A channel whose cloud target cannot be reached: the connector's reason is shown, the channel stays closed.
        choose(robot, "#channel-type", "ABAP Cloud");
        type(robot, "#host", "nowhere.invalid");
        type(robot, "#instance-number", "07");
        robot.clickOn("#add-channel");
        UiWait.until("added", () -> onConnector.list(dev.connectorconsole.connector.ServiceChannelType.ABAP_CLOUD)
                .size() == 1);
        UiWait.until("its row", () -> cellTexts(robot, "#channel-table").contains("nowhere.invalid · instance 07"));
        robot.clickOn("nowhere.invalid · instance 07");
        robot.clickOn("#toggle-channel");
        UiWait.until("the refusal", () -> text(robot, "#channel-message").startsWith("Service channel could not be opened"));
        assertThat(onConnector.list(dev.connectorconsole.connector.ServiceChannelType.ABAP_CLOUD).get(0).enabled()).isFalse();
        assertThat(onConnector.list(dev.connectorconsole.connector.ServiceChannelType.ABAP_CLOUD).get(0).port())
                .as("33NN").isEqualTo(3307);

        for (String row : List.of("k8s.example.com · svc-4711", "nowhere.invalid · instance 07")) {
            UiWait.until("its row", () -> cellTexts(robot, "#channel-table").contains(row));
            robot.clickOn(row);
            robot.clickOn("#delete-channel");
            DialogPane confirm = robot.lookup("#confirmation").queryAs(DialogPane.class);
            robot.clickOn(robot.from(confirm).lookup(".button")
                    .match(n -> n instanceof Button b && "Delete".equals(b.getText())).queryButton());
            UiWait.until("deleted", () -> !cellTexts(robot, "#channel-table").contains(row));
        }
        assertThat(onConnector.list(dev.connectorconsole.connector.ServiceChannelType.K8S)).isEmpty();
    }

    private void signIn(FxRobot robot) {
        PasswordField password = robot.lookup("#password").queryAs(PasswordField.class);
        robot.clickOn(password).write(SandboxConnector.NEW_PASSWORD);
        UiWait.until("the admin password typed", () -> password.getText().equals(SandboxConnector.NEW_PASSWORD));
        robot.clickOn("#sign-in");
        UiWait.until("signed in", () -> session.state() == SessionState.SIGNED_IN);
    }

    private void openFromTheSubaccountRow(FxRobot robot) {
        openFromTheSubaccountRow(robot, first);
    }

    /** From the subaccount's row ("Access control…") to its access control, that subaccount chosen. */
    private void openFromTheSubaccountRow(FxRobot robot, SubaccountSummary chosen) {
        robot.clickOn("#nav-subaccounts");
        TableView<?> table = robot.lookup("#subaccount-table").queryTableView();
        UiWait.until("the list", () -> table.getItems().size() == 2);
        String name = admin.subaccount(chosen.regionHost(), chosen.subaccount()).displayName();
        robot.clickOn(name);
        UiWait.until("the action", () -> robot.lookup("#access-control").queryButton().isVisible()
                && !robot.lookup("#access-control").queryButton().isDisabled());
        robot.clickOn("#access-control");
        UiWait.until("access control of " + name, () -> robot.lookup("#access-subaccount").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() != null && name.equals(((ComboBox<?>) n).getValue().toString()))
                .orElse(false) && !robot.lookup("#add-system").queryButton().isDisabled());
    }

    private void addResource(FxRobot robot, String wrong, String wrongMessage, String path, boolean exact) {
        robot.clickOn("#add-resource");
        UiWait.until("the resource dialog", () -> robot.lookup("#resource-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#resource-dialog").queryAs(DialogPane.class);
        TextField id = robot.from(dialog).lookup("#url-path").queryAs(TextField.class);
        Node add = robot.from(dialog).lookup("#add-resource-confirm").query();
        if (wrong != null) {
            robot.clickOn(id).write(wrong);
            UiWait.until("the message", () -> robot.from(dialog).lookup("#url-path-error").queryAs(Label.class)
                    .getText().equals(wrongMessage));
            assertThat(add.isDisabled()).isTrue();
            robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        }
        robot.clickOn(id).write(path);
        UiWait.until("the path typed", () -> id.getText().equals(path) && !add.isDisabled());
        if (exact) {
            Node exactOnly = robot.from(dialog).lookup("#exact-only").query();
            robot.clickOn(exactOnly);
        }
        robot.clickOn(add);
        UiWait.until("the dialog closed", () -> robot.lookup("#resource-dialog").tryQuery().isEmpty());
    }

    private static MappingResource resourceOn(SystemMappings mappings, String id) {
        return mappings.resources("erp-virtual", "443").stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static void choose(FxRobot robot, String combo, String label) {
        robot.clickOn(combo);
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof Labeled l && label.equals(l.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        UiWait.until(label + " chosen", () -> robot.lookup(combo).queryAs(ComboBox.class).getValue() != null);
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(input).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
        UiWait.until(field + " typed", () -> input.getText().equals(text));
    }

    private static String error(FxRobot robot, String query) {
        Label label = robot.lookup(query).queryAs(Label.class);
        UiWait.until(query + " shown", label::isVisible);
        return label.getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).orElse("");
    }

    private static List<String> cellTexts(FxRobot robot, String table) {
        Node root = robot.lookup(table).query();
        return robot.from(root).lookup(".table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
