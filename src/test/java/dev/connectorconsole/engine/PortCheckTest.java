package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class PortCheckTest {
    @Test
    void aBoundPortIsNotFreeAndTheNextFreeOneIsProposed() throws Exception {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = held.getLocalPort();

            assertThat(PortCheck.isFree(port)).isFalse();
            int next = PortCheck.nextFree(port);
            assertThat(next).isGreaterThan(port);
            assertThat(PortCheck.isFree(next)).isTrue();
        }
    }

    @Test
    void aPortIsFreeAgainOnceReleased() throws Exception {
        int port;
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress("0.0.0.0", 0));
            port = held.getLocalPort();
        }
        assertThat(PortCheck.isFree(port)).isTrue();
        assertThat(PortCheck.nextFree(port)).isEqualTo(port);
    }

    @Test
    void theHolderOfAPortIsTheListeningProcess() throws Exception {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress("0.0.0.0", 0));

            assertThat(PortCheck.holder(held.getLocalPort()))
                    .contains("process 'java' (pid " + ProcessHandle.current().pid() + ")");
        }
    }

    @Test
    void aPortNobodyListensOnHasNoHolder() throws Exception {
        int port;
        try (ServerSocket held = new ServerSocket(0)) {
            port = held.getLocalPort();
        }
        assertThat(PortCheck.holder(port)).isEmpty();
    }
}
