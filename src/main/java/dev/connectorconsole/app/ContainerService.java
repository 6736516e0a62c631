package dev.connectorconsole.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.connectorconsole.engine.BuildHandle;
import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.lifecycle.ReplacementOutcome;
import dev.connectorconsole.lifecycle.StatePreview;
import dev.connectorconsole.lifecycle.SubaccountCheck;

/** What the container screen asks of the engine. Blocking: view models call it through BackgroundTasks. */
public interface ContainerService {
    Optional<ContainerSnapshot> inspect(String container);

    boolean imageExists(String image);

    void run(ContainerSpec spec);

    void start(String container);

    void stop(String container);

    void restart(String container);

    void remove(String container, boolean removeVolumes);

    /** What {@code action} would keep and lose of the container's state, per folder and props.ini. */
    StatePreview preview(String container, StatePreview.Action action);

    /** What an upgrade onto a new image the app builds would keep, move and lose of the container's state. */
    StatePreview previewUpgrade(String container);

    /** A new container from {@code image} with the old one's own options and mounts; the old one comes back on failure. */
    ReplacementOutcome recreateKeeping(String container, String image, SubaccountCheck check, Consumer<String> progress);

    /** Moves configuration kept inside the container into new volumes; checks the subaccounts before the old one goes. */
    ReplacementOutcome migrate(String container, String image, SubaccountCheck check, Consumer<String> progress);

    /** A free host port at or after {@code from}. */
    int freePortFrom(int from);

    /** Who holds the port, when it is taken and the holder is known. */
    Optional<String> portHolder(int port);

    boolean portFree(int port);

    /** Probes the connector at the port the engine published on {@code hostIp} (as the snapshot reports it). */
    Readiness awaitReady(String hostIp, int hostPort, Duration timeout, Consumer<String> progress)
            throws InterruptedException;

    BuildHandle build(Path contextDir, Path dockerfile, String tag, Map<String, String> labels, BuildListener listener);

    /** Builds a prepared context for the platform it names (SAP's downloads are x86-64). */
    default BuildHandle build(BuildContext context, String tag, Map<String, String> labels, BuildListener listener) {
        return build(context.directory(), context.dockerfile(), tag, labels, listener);
    }

    /** Writes the sandbox connector's image context (FROM scratch, a minimal Java runtime and the app) into {@code dir}. */
    BuildContext prepareSandboxContext(Path dir) throws Exception;
}
