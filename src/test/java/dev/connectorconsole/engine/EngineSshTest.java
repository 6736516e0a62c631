package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An engine at ssh://user@host, through the system's OpenSSH client and a real sshd on loopback. */
class EngineSshTest {
    @TempDir
    Path temp;

    @Test
    void anSshEngineAnswersLikeTheLocalOneAndItsTunnelComesBackAfterSshEnded() throws Exception {
        EngineInfo local;
        try (EngineConnection direct = EngineTestSupport.connect()) {
            local = direct.ping();
        }
        try (SshServerFixture ssh = SshServerFixture.start(temp.resolve("ssh"));
             EngineConnection remote = EngineConnection.open(ssh.endpoint(), EngineConnection.DEFAULT_RESPONSE_TIMEOUT,
                     ssh.sshCommand())) {
            assertThat(remote.ping()).isEqualTo(local);
            assertThat(remote.client().listContainersCmd().withShowAll(true).exec()).isNotNull();

            killTheSshClients();

            assertThat(remote.ping()).as("the tunnel is started again on the next check").isEqualTo(local);
        }
    }

    @Test
    void anUnknownHostKeyIsRefusedAndTheMessageSaysHowToAcceptIt() throws Exception {
        try (SshServerFixture ssh = SshServerFixture.start(temp.resolve("ssh"))) {
            ssh.forgetTheRealHostKey();

            EngineException failure = catchThrowableOfType(EngineException.class, () -> EngineConnection.open(
                    ssh.endpoint(), EngineConnection.DEFAULT_RESPONSE_TIMEOUT, ssh.sshCommand()).close());

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.WRONG_HOST);
            assertThat(failure.getMessage()).startsWith("ssh to the engine at " + ssh.engineAddress() + " failed (")
                    .contains("ssh does not know this host's key").contains("@127.0.0.1 -p " + ssh.port() + "`");
        }
    }

    @Test
    void aKeyTheHostDoesNotAcceptIsReportedAsPermissionDenied() throws Exception {
        try (SshServerFixture ssh = SshServerFixture.start(temp.resolve("ssh"))) {
            ssh.useAnUnknownClientKey();

            EngineException failure = catchThrowableOfType(EngineException.class, () -> EngineConnection.open(
                    ssh.endpoint(), EngineConnection.DEFAULT_RESPONSE_TIMEOUT, ssh.sshCommand()).close());

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.PERMISSION_DENIED);
            assertThat(failure.getMessage()).contains("Permission denied").contains("authorized_keys");
        }
    }

    @Test
    void noSshServerAtTheAddressSaysSo() throws Exception {
        int closedPort = PortCheck.nextFree(24022);
        EngineEndpoint nobody = new EngineEndpoint(java.net.URI.create("ssh://someone@127.0.0.1:" + closedPort),
                "Settings", false, null);

        EngineException failure = catchThrowableOfType(EngineException.class, () -> EngineConnection.open(nobody).close());

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
        assertThat(failure.getMessage()).contains("Connection refused").contains("ssh server runs");
    }

    private static void killTheSshClients() {
        List<ProcessHandle> clients = ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/ssh")).orElse(false)).toList();
        assertThat(clients).as("the tunnel's ssh client").isNotEmpty();
        clients.forEach(ProcessHandle::destroyForcibly);
        clients.forEach(p -> p.onExit().join());
    }
}
