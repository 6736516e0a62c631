package dev.connectorconsole.engine;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The host address the engine reports for each publishing choice, and who can then reach the connector port. */
class PublishBindingTest {
    private static final ExposedPort CONNECTOR_PORT = ExposedPort.tcp(ContainerSpec.CONTAINER_PORT);
    private static EngineConnection engine;
    private static String image;
    private static String otherAddress;
    private TestContainers created;
    private ContainerManager manager;

    @BeforeAll
    static void buildImage() throws Exception {
        engine = EngineTestSupport.connect();
        image = TestImages.sharedBusybox(engine);
        otherAddress = nonLoopbackAddress();
    }

    @AfterAll
    static void removeImage() {
        if (engine != null) {
            TestImages.removeImage(engine, image);
            engine.close();
        }
    }

    @BeforeEach
    void setUp() {
        created = new TestContainers(engine);
        manager = new ContainerManager(engine);
    }

    @AfterEach
    void removeContainers() {
        created.removeAll();
    }

    @Test
    void byDefaultTheConnectorPortIsOnLoopbackOnlyAndOtherAddressesAreRefused() throws Exception {
        ContainerSpec spec = created.spec(image);

        String id = manager.run(spec);

        assertThat(reportedHostIps(id)).containsExactly("127.0.0.1", "127.0.0.1");
        assertThat(manager.inspect(spec.name()).orElseThrow().hostIp()).isEqualTo("127.0.0.1");
        assertThat(TestContainers.fetchPage(spec.hostPort(), Duration.ofSeconds(15))).isEqualTo(TestImages.PAGE);
        assertThat(accepts(otherAddress, spec.hostPort())).as("reachable at " + otherAddress).isFalse();
    }

    @Test
    void everyInterfaceIsReportedAsZeroAddressAndAnswersOnTheOtherAddressToo() throws Exception {
        ContainerSpec spec = created.spec(image).withPublishIp(PublishAddress.ALL_INTERFACES);

        String id = manager.run(spec);

        assertThat(reportedHostIps(id)).containsExactly("0.0.0.0", "0.0.0.0");
        assertThat(manager.inspect(spec.name()).orElseThrow().hostIp()).isEqualTo("0.0.0.0");
        assertThat(TestContainers.fetchPage(spec.hostPort(), Duration.ofSeconds(15))).isEqualTo(TestImages.PAGE);
        assertThat(accepts(otherAddress, spec.hostPort())).as("reachable at " + otherAddress).isTrue();
    }

    @Test
    void oneChosenAddressIsReportedAndLoopbackIsRefused() throws Exception {
        ContainerSpec spec = created.spec(image).withPublishIp(otherAddress);

        String id = manager.run(spec);

        assertThat(reportedHostIps(id)).containsExactly(otherAddress, otherAddress);
        assertThat(manager.inspect(spec.name()).orElseThrow().hostIp()).isEqualTo(otherAddress);
        assertThat(awaitAccepts(otherAddress, spec.hostPort(), Duration.ofSeconds(15))).isTrue();
        assertThat(accepts("127.0.0.1", spec.hostPort())).as("reachable on loopback").isFalse();
    }

    @Test
    void aProgramOnAnotherAddressDoesNotBlockLoopbackButOneOnEveryInterfaceDoes() throws Exception {
        try (ServerSocket elsewhere = new ServerSocket()) {
            elsewhere.bind(new InetSocketAddress(otherAddress, 0));
            int port = elsewhere.getLocalPort();

            assertThat(PortCheck.isFree("127.0.0.1", port)).isTrue();
            assertThat(PortCheck.isFree(otherAddress, port)).isFalse();
        }
        try (ServerSocket everywhere = new ServerSocket()) {
            everywhere.bind(new InetSocketAddress("0.0.0.0", 0));

            assertThat(PortCheck.isFree("127.0.0.1", everywhere.getLocalPort())).isFalse();
        }
    }

    /** HostIp of 8443/tcp as the engine reports it: in HostConfig.PortBindings, then in NetworkSettings.Ports. */
    private static String[] reportedHostIps(String id) {
        InspectContainerResponse raw = engine.client().inspectContainerCmd(id).exec();
        Ports.Binding configured = raw.getHostConfig().getPortBindings().getBindings().get(CONNECTOR_PORT)[0];
        Ports.Binding actual = raw.getNetworkSettings().getPorts().getBindings().get(CONNECTOR_PORT)[0];
        return new String[] {configured.getHostIp(), actual.getHostIp()};
    }

    private static boolean awaitAccepts(String host, int port, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (accepts(host, port)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** An IPv4 address of this computer that is not loopback (a LAN or bridge address). */
    private static String nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address.getHostAddress();
                }
            }
        }
        return fail("This test needs a non-loopback IPv4 address on this computer");
    }
}
