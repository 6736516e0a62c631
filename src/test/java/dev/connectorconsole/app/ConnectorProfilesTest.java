package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorProfilesTest {
    private static final String PIN = String.join(":", java.util.Collections.nCopies(32, "AB"));
    private final ConnectorProfile sandbox = new ConnectorProfile("Sandbox", ContainerTarget.SANDBOX_IMAGE,
            "scc-sandbox", 8443, "https://localhost:8443", PIN, "Administrator");
    private final ConnectorProfile myscc = new ConnectorProfile("myscc", "sapscc:2.19.1", "myscc", 8444,
            "https://localhost:8444", null, "Administrator");
    private final ConnectorProfile remote = ConnectorProfile.remote("Plant", "https://scc.plant.example:8443",
            "Administrator");

    @Test
    void howTheImageIsMadeFollowsFromItsRepository() {
        assertThat(ConnectorProfiles.targetOf(sandbox).kind()).isEqualTo(ContainerTarget.Kind.SANDBOX);
        assertThat(ConnectorProfiles.targetOf(myscc).kind()).isEqualTo(ContainerTarget.Kind.ADOPTED);
        ConnectorProfile built = new ConnectorProfile("Cloud Connector", "connector-console/scc:2.19.1", "scc", 8443,
                "https://localhost:8443", null, "Administrator");
        assertThat(ConnectorProfiles.targetOf(built).kind()).isEqualTo(ContainerTarget.Kind.SAP_INSTALLER);
        assertThat(ConnectorProfiles.targetOf(myscc)).isEqualTo(new ContainerTarget("myscc", "sapscc:2.19.1", 8444,
                ContainerTarget.Kind.ADOPTED));
        assertThatThrownBy(() -> ConnectorProfiles.targetOf(remote)).hasMessageContaining("runs elsewhere");
    }

    @Test
    void addingAConnectorKeepsTheOthersInTheirOrder() {
        AppSettings two = AppSettings.defaults().withProfiles(List.of(remote, sandbox));
        AppSettings three = ConnectorProfiles.withAdded(two, myscc);
        assertThat(three.profiles()).extracting(ConnectorProfile::name).containsExactly("Plant", "Sandbox", "myscc");
        assertThat(ConnectorProfiles.initialTarget(three).container()).isEqualTo("scc-sandbox");
    }

    @Test
    void addingTheSameContainerAgainReplacesItAndKeepsItsPin() {
        AppSettings one = AppSettings.defaults().withProfiles(List.of(sandbox, myscc));
        ConnectorProfile again = new ConnectorProfile("Sandbox", ContainerTarget.SANDBOX_IMAGE, "scc-sandbox", 9443,
                "https://localhost:9443", null, "Administrator");
        AppSettings after = ConnectorProfiles.withAdded(one, again);
        assertThat(after.profiles()).hasSize(2);
        assertThat(after.profiles().get(0).hostPort()).isEqualTo(9443);
        assertThat(after.profiles().get(0).pinnedSha256()).isEqualTo(PIN);
        assertThat(after.profiles().get(1)).isEqualTo(myscc);
    }

    @Test
    void withoutALocalProfileTheWindowOpensOnSapDefaults() {
        assertThat(ConnectorProfiles.initialTarget(AppSettings.defaults().withProfiles(List.of(remote))))
                .isEqualTo(ContainerTarget.sapDefaults());
    }

    @Test
    void theWindowOpensOnTheConnectorShownLast() {
        AppSettings three = AppSettings.defaults().withProfiles(List.of(remote, sandbox, myscc));
        assertThat(ConnectorProfiles.initialProfile(three)).contains(sandbox);
        assertThat(ConnectorProfiles.initialProfile(three.withSelectedProfile("myscc"))).contains(myscc);
        assertThat(ConnectorProfiles.initialTarget(three.withSelectedProfile("myscc")).container()).isEqualTo("myscc");
        assertThat(ConnectorProfiles.initialProfile(three.withSelectedProfile("Plant"))).contains(remote);
        assertThat(ConnectorProfiles.initialTarget(three.withSelectedProfile("Plant")).container())
                .as("a remote connector shown last: the container screens keep the first local one")
                .isEqualTo("scc-sandbox");
        assertThat(three.withSelectedProfile("gone").repaired(new java.util.ArrayList<>()).selectedProfile())
                .as("a selection naming no profile is dropped").isNull();
    }
}
