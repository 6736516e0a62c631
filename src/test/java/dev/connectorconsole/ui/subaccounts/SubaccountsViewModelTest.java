package dev.connectorconsole.ui.subaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subaccount screen's view model against the real sandbox connector, synchronously. */
class SubaccountsViewModelTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "12345678-90ab-cdef-1234-567890abcdef";

    @TempDir
    Path dataDir;
    private SandboxServer sandbox;
    private ConnectorSession session;
    private SubaccountsViewModel model;

    @BeforeEach
    void start() {
        sandbox = SandboxConnector.start(dataDir);
        session = SandboxConnector.signedIn(sandbox);
        model = new SubaccountsViewModel(session, BackgroundTasks.sameThread());
        model.refresh();
    }

    @AfterEach
    void stop() {
        session.close();
        sandbox.close();
    }

    private void fill(String password) {
        SubaccountForm form = model.form();
        form.region().set(REGION);
        form.subaccount().set(ID);
        form.displayName().set("Production");
        form.cloudUser().set("admin@example.com");
        form.cloudPassword().set(password);
        form.locationId().set("loc1");
    }

    private int subaccountsOnConnector() {
        return session.client().orElseThrow().subaccounts().size();
    }

    @Test
    void invalidInputNeverReachesTheConnector() {
        fill("secret");
        model.form().subaccount().set("Production subaccount");
        assertThat(model.canSaveProperty().get()).isFalse();
        model.save();
        assertThat(subaccountsOnConnector()).isZero();
        assertThat(model.form().subaccount().shownErrorProperty().get()).contains("GUID");
    }

    @Test
    void addedSubaccountIsListedConnectedAndTheFormSwitchesToEdit() {
        fill("secret");
        assertThat(model.canSaveProperty().get()).isTrue();
        model.save();

        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.subaccount()).isEqualTo(ID);
            assertThat(row.displayName()).isEqualTo("Production");
            assertThat(row.locationId()).isEqualTo("loc1");
            assertThat(row.state()).isEqualTo(TunnelState.CONNECTED);
        });
        assertThat(model.form().mode()).isEqualTo(SubaccountForm.Mode.EDIT);
        assertThat(model.form().isDirty()).isFalse();
        assertThat(model.form().cloudPassword().value()).isEmpty();
        assertThat(model.form().messageProperty().get().text()).isEqualTo("Subaccount added.");
    }

    @Test
    void duplicateIsShownNextToTheSubaccountIdAndTheFormKeepsItsValues() {
        fill("secret");
        model.save();
        model.startAdd();
        fill("secret");
        model.save();
        assertThat(model.form().subaccount().shownErrorProperty().get()).contains("already added");
        assertThat(model.form().mode()).isEqualTo(SubaccountForm.Mode.ADD);
        assertThat(model.form().displayName().value()).isEqualTo("Production");
        assertThat(model.form().cloudPassword().value()).isEqualTo("secret");
    }

    @Test
    void rejectedCloudCredentialsAreShownNextToUserAndPassword() {
        fill("Wrong-password");
        model.save();
        assertThat(model.form().cloudPassword().shownErrorProperty().get())
                .contains("did not accept this user and password");
        assertThat(model.form().cloudUser().shownErrorProperty().get()).isNotEmpty();
        assertThat(model.form().cloudPassword().shownErrorProperty().get()).doesNotContain("Wrong-password");
        assertThat(subaccountsOnConnector()).isZero();
    }

    @Test
    void editDisconnectConnectRenewAndDelete() {
        fill("secret");
        model.save();
        model.form().description().set("ERP access");
        model.form().autoRenewalProperty().set(true);
        model.save();
        var stored = session.client().orElseThrow().subaccount(REGION, ID);
        assertThat(stored.description()).isEqualTo("ERP access");
        assertThat(stored.autoCertRenewal()).isTrue();

        model.disconnect();
        assertThat(model.selectedProperty().get().state()).isEqualTo(TunnelState.DISCONNECTED);
        assertThat(model.rows().get(0).state()).isEqualTo(TunnelState.DISCONNECTED);
        model.connect();
        assertThat(model.rows().get(0).state()).isEqualTo(TunnelState.CONNECTED);

        List<String> problems = new ArrayList<>();
        model.renewCertificate("admin@example.com", new Secret("wrong"), problems::add);
        assertThat(problems).singleElement().asString().contains("did not accept");
        model.renewCertificate("admin@example.com", new Secret("secret"), problems::add);
        assertThat(problems).hasSize(1);
        assertThat(model.form().messageProperty().get().text()).startsWith("Certificate renewed");

        model.delete();
        assertThat(model.rows()).isEmpty();
        assertThat(subaccountsOnConnector()).isZero();
        assertThat(model.form().mode()).isEqualTo(SubaccountForm.Mode.ADD);
    }

    @Test
    void lockedSubaccountIsExplainedInTheMessageArea() {
        fill("secret");
        model.save();
        sandbox.lock(REGION, ID);
        model.form().description().set("changed");
        model.save();
        assertThat(model.form().messageProperty().get().text()).contains("admin UI");
        assertThat(model.form().description().value()).isEqualTo("changed");
    }
}
