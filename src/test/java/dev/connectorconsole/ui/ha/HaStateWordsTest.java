package dev.connectorconsole.ui.ha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.MasterHaState;
import dev.connectorconsole.connector.ShadowHaState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the High availability screen words each instance's state: a pair being made reads as such, not as a fault. */
class HaStateWordsTest {
    @Test
    void aBindingMasterAndAShadowInItsHandshakeOrFirstCopyReadAsAPairBeingMade() {
        assertThat(HaViewModel.describe(HaRole.MASTER, new MasterHaState("BINDING", "scc-shadow"), null))
                .isEqualTo("Master · BINDING (the shadow is connecting: handshake and first copy of the configuration)"
                        + " · shadow scc-shadow");
        assertThat(HaViewModel.describe(HaRole.SHADOW, null, shadow("HANDSHAKE", null)))
                .isEqualTo("Shadow · HANDSHAKE (connecting to the master)");
        assertThat(HaViewModel.describe(HaRole.SHADOW, null, shadow("INITSYNC", null)))
                .isEqualTo("Shadow · INITSYNC (copying the master's configuration)");
    }

    @Test
    void settledStatesAndTheConnectorsMessageAreShownAsTheyAre() {
        assertThat(HaViewModel.describe(HaRole.MASTER, new MasterHaState("CONNECTED", "scc-shadow"), null))
                .isEqualTo("Master · CONNECTED · shadow scc-shadow");
        assertThat(HaViewModel.describe(HaRole.SHADOW, null, shadow("LOST", "Rejoining the master after a restart")))
                .isEqualTo("Shadow · LOST · Rejoining the master after a restart");
    }

    private static ShadowHaState shadow(String state, String message) {
        return new ShadowHaState(state, List.of("localhost"), message, List.of());
    }
}
