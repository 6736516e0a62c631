package dev.connectorconsole.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.connectorconsole.engine.BuildHandle;
import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.lifecycle.ContainerReplacement;
import dev.connectorconsole.lifecycle.ReplacementOutcome;
import dev.connectorconsole.lifecycle.StatePreview;
import dev.connectorconsole.lifecycle.SubaccountCheck;

/** {@link ContainerService} over the real engine: ContainerManager, ImageBuilder, PortCheck and ReadinessProbe. */
public final class EngineContainerService implements ContainerService {
    private final Supplier<EngineConnection> engine;
    private final SandboxContextFactory sandbox;

    /** Writes the sandbox image's build context; supplied by the composition. */
    @FunctionalInterface
    public interface SandboxContextFactory {
        BuildContext prepare(Path dir) throws Exception;
    }

    public EngineContainerService(Supplier<EngineConnection> engine, SandboxContextFactory sandbox) {
        this.engine = engine;
        this.sandbox = sandbox;
    }

    private ContainerManager containers() {
        return new ContainerManager(engine.get());
    }

    @Override public Optional<ContainerSnapshot> inspect(String container) { return containers().inspect(container); }
    @Override public boolean imageExists(String image) { return new ImageBuilder(engine.get()).imageExists(image); }
    @Override public void run(ContainerSpec spec) { containers().run(spec); }
    @Override public void start(String container) { containers().start(container); }
    @Override public void stop(String container) { containers().stop(container); }
    @Override public void restart(String container) { containers().restart(container); }
    @Override public void remove(String container, boolean removeVolumes) { containers().remove(container, removeVolumes); }
    @Override
    public StatePreview preview(String container, StatePreview.Action action) {
        return new ContainerReplacement(engine.get()).preview(container, null, action);
    }

    @Override
    public StatePreview previewUpgrade(String container) {
        return new ContainerReplacement(engine.get()).previewUpgrade(container);
    }

    @Override
    public ReplacementOutcome recreateKeeping(String container, String image, SubaccountCheck check,
                                              Consumer<String> progress) {
        return new ContainerReplacement(engine.get()).recreate(container, image, check, progress);
    }

    @Override
    public ReplacementOutcome migrate(String container, String image, SubaccountCheck check, Consumer<String> progress) {
        return new ContainerReplacement(engine.get()).migrate(container, image, check, progress);
    }

    @Override public int freePortFrom(int from) { return PortCheck.nextFree(from); }
    @Override public Optional<String> portHolder(int port) { return PortCheck.holder(engine.get(), port); }
    @Override public boolean portFree(int port) { return PortCheck.isFree(port); }

    @Override
    public Readiness awaitReady(String hostIp, int hostPort, Duration timeout, Consumer<String> progress)
            throws InterruptedException {
        String host = PublishAddress.reachAt(hostIp, engine.get().endpoint());
        return new ReadinessProbe().await(host, hostPort, timeout, progress);
    }

    @Override
    public BuildHandle build(Path contextDir, Path dockerfile, String tag, Map<String, String> labels,
                             BuildListener listener) {
        return new ImageBuilder(engine.get()).build(contextDir, dockerfile, tag, labels, listener);
    }

    @Override
    public BuildHandle build(BuildContext context, String tag, Map<String, String> labels, BuildListener listener) {
        return new ImageBuilder(engine.get()).build(context.directory(), context.dockerfile(), context.platform(), tag,
                labels, listener);
    }

    @Override
    public BuildContext prepareSandboxContext(Path dir) throws Exception {
        return sandbox.prepare(dir);
    }
}
