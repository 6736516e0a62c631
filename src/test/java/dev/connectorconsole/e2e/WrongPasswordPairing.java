package dev.connectorconsole.e2e;

import dev.connectorconsole.app.HaPairMaker;
import dev.connectorconsole.app.ShadowRequest;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.MasterHaConfig;
import dev.connectorconsole.connector.SccClient;
import org.assertj.core.api.AbstractThrowableAssert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Making a shadow for the sandbox's master with a wrong master password: the step that connects the shadow fails, the
 * message says what was removed and names no password, and the master is left running as it was.
 */
final class WrongPasswordPairing implements AutoCloseable {
    private final SandboxEngine sandbox;
    private final Secret password = new Secret("Ha-e2e-" + System.nanoTime());
    private final Secret wrong = new Secret("Not-the-master-" + System.nanoTime());
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final SccClient masterClient;
    private final MasterHaConfig before;

    /** Signs in to the sandbox's fresh master for the first time and remembers its high-availability settings. */
    WrongPasswordPairing(SandboxEngine sandbox) {
        this.sandbox = sandbox;
        masterClient = HaPairClients.firstRunAsMaster(sandbox.loopbackHost(), sandbox.port(), password);
        before = masterClient.highAvailability().masterConfig();
    }

    /** A request for the master's shadow carrying the wrong password. */
    ShadowRequest request(int checkSeconds, int delaySeconds) {
        return ShadowRequest.forMaster(sandbox.master(), "Administrator", wrong, checkSeconds, delaySeconds);
    }

    /** Makes the pair and checks it failed as it must; prints the steps; returns the failure for more checks. */
    AbstractThrowableAssert<?, ? extends Throwable> fails(HaPairMaker maker, ShadowRequest request) {
        String master = sandbox.master();
        Throwable failure = catchThrowable(() -> maker.make(request, masterClient, steps::add));
        System.out.println("Steps reported:\n  " + String.join("\n  ", steps));
        assertThat(String.join("\n", steps)).doesNotContain(wrong.value());
        return assertThat(failure)
                .isInstanceOf(HaPairMaker.Failed.class)
                .hasMessageStartingWith("Connecting the shadow to the master " + master + " failed")
                .hasMessageContaining("removed the container " + master + "-shadow and its volumes")
                .hasMessageNotContaining(wrong.value()).hasMessageNotContaining(password.value());
    }

    /** The shadow and its volumes are gone; the master runs with its high-availability settings as before. */
    void assertMasterLeftAsItWas() {
        String master = sandbox.master();
        assertThat(sandbox.containers().inspect(master + "-shadow")).isEmpty();
        assertThat(sandbox.engine().client().listVolumesCmd().exec().getVolumes())
                .noneMatch(v -> v.getName().startsWith(master + "-shadow"));
        assertThat(sandbox.containers().inspect(master)).hasValueSatisfying(c -> assertThat(c.running()).isTrue());
        assertThat(masterClient.highAvailability().masterConfig()).isEqualTo(before);
        assertThat(masterClient.highAvailability().role()).isEqualTo(HaRole.MASTER);
    }

    @Override
    public void close() {
        masterClient.close();
    }
}
