package dev.connectorconsole.e2e;

import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.engine.TlsEngineFront;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * For the high-availability tests (register it as a static {@code @RegisterExtension} field): this machine's engine
 * with the sandbox connector's image on it (built once per test run, {@link SandboxImages#shared}, tagged for the
 * class), and the master container of a pair, started on loopback for each test or once for the class, or only named
 * where the test starts it itself. Removes the pair (master, shadow and their network), the TLS fronts put before the
 * engine and connections through them, the class's tag of the image and its work folder again.
 */
public final class SandboxEngine implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private enum Master { PER_TEST, PER_CLASS, NAMED_ONLY }

    private final String purpose;
    private final Master lifetime;
    private final int firstPort;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private EngineConnection engine;
    private ContainerManager containers;
    private String tag;
    private Path work;
    private String master;
    private int port;

    private SandboxEngine(String purpose, Master lifetime, int firstPort) {
        this.purpose = purpose;
        this.lifetime = lifetime;
        this.firstPort = firstPort;
    }

    /** A fresh master container for each test, its admin port on loopback from {@code firstPort} on. */
    public static SandboxEngine masterPerTest(String purpose, int firstPort) {
        return new SandboxEngine(purpose, Master.PER_TEST, firstPort);
    }

    /** One master container for all tests of the class, its admin port on loopback from {@code firstPort} on. */
    public static SandboxEngine masterPerClass(String purpose, int firstPort) {
        return new SandboxEngine(purpose, Master.PER_CLASS, firstPort);
    }

    /** A master name for the class; the test starts that container itself (then {@link #port()} is not set). */
    public static SandboxEngine masterNamedOnly(String purpose) {
        return new SandboxEngine(purpose, Master.NAMED_ONLY, 0);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        engine = EngineTestSupport.connect();
        containers = new ContainerManager(engine);
        work = Files.createTempDirectory("cc-test-" + purpose);
        tag = EngineTestSupport.uniqueName(purpose + "-image") + ":test";
        SandboxImages.shared(engine, tag);
        if (lifetime != Master.PER_TEST) {
            master = EngineTestSupport.uniqueName(purpose);
        }
        if (lifetime == Master.PER_CLASS) {
            port = startOnLoopback(master);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (lifetime == Master.PER_TEST) {
            master = EngineTestSupport.uniqueName(purpose);
            port = startOnLoopback(master);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (lifetime == Master.PER_TEST) {
            removePair();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (master != null && containers != null) {
                removePair();
            }
            for (AutoCloseable resource : opened) {
                resource.close();
            }
            TestImages.removeImage(engine, tag);
        } finally {
            if (engine != null) {
                engine.close();
            }
            deleteWork();
        }
    }

    public EngineConnection engine() { return engine; }

    public ContainerManager containers() { return containers; }

    public String tag() { return tag; }

    /** The master container's name: the test's, or the class's. */
    public String master() { return master; }

    /** The master's admin port, published on loopback. */
    public int port() { return port; }

    /** The address this machine reaches ports published on loopback at. */
    public String loopbackHost() {
        return PublishAddress.reachAt(PublishAddress.LOOPBACK, engine.endpoint());
    }

    public String bridgeGateway() {
        return new ContainerNetworks(engine).bridgeGateway().orElseThrow();
    }

    /** A TLS front requiring a client certificate before this engine, on loopback, as Settings names another engine. */
    public TlsEngineFront startFront() throws Exception {
        return keep(TlsEngineFront.start(work.resolve("certs")));
    }

    /** The same on {@code address}, its certificate naming that address. */
    public TlsEngineFront startFrontOn(String address) throws Exception {
        return keep(TlsEngineFront.startOn(work.resolve("certs"), address));
    }

    /** An engine connection through the front, as the console opens one to a second engine; closed with the rest. */
    public EngineConnection connectThrough(TlsEngineFront front) {
        return keep(EngineConnection.open(front.endpoint()));
    }

    private int startOnLoopback(String name) throws InterruptedException {
        int free = PortCheck.nextFree(PublishAddress.LOOPBACK, firstPort);
        containers.run(ContainerSpec.connectorDefaults(name, tag, free).withLabels(TestImages.LABELS));
        SandboxImages.assertReady(loopbackHost(), free);
        return free;
    }

    /** Removes the master container, the shadow made for it (with their volumes) and the pair's network. */
    private void removePair() {
        for (String container : List.of(master + "-shadow", master)) {
            if (containers.inspect(container).isPresent()) {
                containers.remove(container, true);
            }
        }
        new ContainerNetworks(engine).remove(master + "-ha");
    }

    /** The certificates of the TLS fronts: not left behind in the temporary directory. */
    private void deleteWork() throws IOException {
        if (work == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        opened.add(0, resource);
        return resource;
    }
}
