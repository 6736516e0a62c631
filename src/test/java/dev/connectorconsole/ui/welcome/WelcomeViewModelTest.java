package dev.connectorconsole.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.app.EngineProbe.EngineCheck;
import dev.connectorconsole.ui.welcome.WelcomeViewModel.EngineState;

class WelcomeViewModelTest {
    private final List<String> chosen = new ArrayList<>();
    private final WelcomeViewModel.Paths paths = new WelcomeViewModel.Paths() {
        @Override public void buildFromInstaller() { chosen.add("build"); }
        @Override public void useSandbox() { chosen.add("sandbox"); }
        @Override public void connectTo(URI adminUrl) { chosen.add(adminUrl.toString()); }
    };

    @Test
    void anEngineThatDoesNotAnswerIsShownWithItsReason() {
        WelcomeViewModel model = new WelcomeViewModel(() -> EngineCheck.down("unix:///x.sock (DOCKER_HOST)",
                "Nothing listens at unix:///x.sock."), BackgroundTasks.sameThread(), paths);
        model.checkEngine();
        assertThat(model.engineStateProperty().get()).isEqualTo(EngineState.DOWN);
        assertThat(model.engineProblemProperty().get()).isEqualTo("Nothing listens at unix:///x.sock.");
        assertThat(model.engineEndpointProperty().get()).isEqualTo("unix:///x.sock (DOCKER_HOST)");
    }

    @Test
    void aBareHostBecomesAnHttpsAddressAndPlainHttpIsRefused() {
        WelcomeViewModel model = new WelcomeViewModel(() -> EngineCheck.up("e", "20.10"),
                BackgroundTasks.sameThread(), paths);
        model.adminUrlProperty().set("http://scc:8443");
        assertThat(model.connect()).isFalse();
        assertThat(model.adminUrlMessageProperty().get()).contains("https://");
        model.adminUrlProperty().set("scc.example.com:8443");
        assertThat(model.adminUrlMessageProperty().get()).isEmpty();
        assertThat(model.connect()).isTrue();
        model.useSandbox();
        assertThat(chosen).containsExactly("https://scc.example.com:8443", "sandbox");
    }
}
