package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PublishAddressTest {
    private static final EngineEndpoint LOCAL_SOCKET = EngineEndpoint.defaultSocket();
    private static final EngineEndpoint LOCAL_TCP = engine("tcp://localhost:2375");
    private static final EngineEndpoint REMOTE_IP = engine("tcp://192.0.2.10:2376");
    private static final EngineEndpoint REMOTE_NAME = engine("ssh://me@build-host.example");

    private static EngineEndpoint engine(String host) {
        return new EngineEndpoint(URI.create(host), "test", false, null);
    }

    @Test
    void aLocalEnginePublishesOnLoopbackByDefaultAndTheAppUsesLocalhost() {
        for (EngineEndpoint local : new EngineEndpoint[] {LOCAL_SOCKET, LOCAL_TCP}) {
            for (String unset : new String[] {null, "", "127.0.0.1"}) {
                PublishAddress publish = PublishAddress.decide(unset, local);

                assertThat(publish).isEqualTo(new PublishAddress("127.0.0.1", "localhost"));
                assertThat(publish.beyondLoopback()).isFalse();
            }
            assertThat(PublishAddress.engineOnThisComputer(local)).isTrue();
        }
    }

    @Test
    void aLocalEngineOnEveryInterfaceIsStillReachedAtLocalhostButIsBeyondLoopback() {
        PublishAddress publish = PublishAddress.decide("0.0.0.0", LOCAL_SOCKET);

        assertThat(publish).isEqualTo(new PublishAddress("0.0.0.0", "localhost"));
        assertThat(publish.beyondLoopback()).isTrue();
    }

    @Test
    void oneChosenAddressIsWhereThePortIsAndWhereTheAppReachesIt() {
        PublishAddress publish = PublishAddress.decide("192.168.1.20", LOCAL_SOCKET);

        assertThat(publish).isEqualTo(new PublishAddress("192.168.1.20", "192.168.1.20"));
        assertThat(publish.beyondLoopback()).isTrue();
        assertThat(PublishAddress.decide("192.168.1.20", REMOTE_IP))
                .isEqualTo(new PublishAddress("192.168.1.20", "192.168.1.20"));
    }

    @Test
    void aRemoteEngineCannotServeThisComputerOverItsLoopbackSoItUsesTheEngineHostsAddress() {
        PublishAddress publish = PublishAddress.decide(null, REMOTE_IP);

        assertThat(publish).isEqualTo(new PublishAddress("192.0.2.10", "192.0.2.10"));
        assertThat(publish.beyondLoopback()).isTrue();
        assertThat(PublishAddress.engineOnThisComputer(REMOTE_IP)).isFalse();
        assertThat(PublishAddress.engineOnThisComputer(REMOTE_NAME)).isFalse();
    }

    @Test
    void aRemoteEngineOnEveryInterfaceIsReachedAtTheEngineHostsName() {
        assertThat(PublishAddress.decide("0.0.0.0", REMOTE_NAME))
                .isEqualTo(new PublishAddress("0.0.0.0", "build-host.example"));
        assertThat(PublishAddress.decide("0.0.0.0", REMOTE_IP)).isEqualTo(new PublishAddress("0.0.0.0", "192.0.2.10"));
    }

    @Test
    void aRemoteEngineWhoseHostHasNoAddressSaysWhatToDo() {
        EngineException failure = catchThrowableOfType(EngineException.class,
                () -> PublishAddress.decide(null, engine("tcp://no-such-engine.invalid:2376")));

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.WRONG_HOST);
        assertThat(failure.getMessage()).contains("'no-such-engine.invalid'").contains("Other machines too");
    }

    @Test
    void aPublishedPortIsReachedWhereTheEngineReportsIt() {
        assertThat(PublishAddress.reachAt("127.0.0.1", LOCAL_SOCKET)).isEqualTo("localhost");
        assertThat(PublishAddress.reachAt("0.0.0.0", LOCAL_SOCKET)).isEqualTo("localhost");
        assertThat(PublishAddress.reachAt(null, LOCAL_SOCKET)).isEqualTo("localhost");
        assertThat(PublishAddress.reachAt("10.1.2.3", LOCAL_SOCKET)).isEqualTo("10.1.2.3");
        assertThat(PublishAddress.reachAt("0.0.0.0", REMOTE_NAME)).isEqualTo("build-host.example");
        assertThat(PublishAddress.reachAt("192.0.2.10", REMOTE_IP)).isEqualTo("192.0.2.10");
    }
}
