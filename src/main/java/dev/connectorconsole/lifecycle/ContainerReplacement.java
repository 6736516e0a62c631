package dev.connectorconsole.lifecycle;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;

import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineException;
import dev.connectorconsole.engine.EngineFailures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Replaces a connector container by a new one made from its own run options ({@link Blueprint}), keeping its volumes
 * and bind mounts. A migration also copies the state folders that live only in the old container's writable layer into
 * new named volumes, and checks through the admin API that the subaccounts are still there. The old container is kept,
 * stopped and renamed, until the new one runs (and passed the check); if any step fails, the new container and volumes
 * are removed and the old container gets back its name and, if it ran, is started again. Onto an image of the
 * one-volume layout, a container with a volume per state folder moves into one new volume ({@link LayoutChange}); its
 * old volumes stay, untouched.
 * Blocking: run it off the FX thread.
 */
public final class ContainerReplacement {
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final EngineConnection engine;
    private final Duration readyTimeout;

    public ContainerReplacement(EngineConnection engine) {
        this(engine, READY_TIMEOUT);
    }

    public ContainerReplacement(EngineConnection engine, Duration readyTimeout) {
        this.engine = engine;
        this.readyTimeout = readyTimeout;
    }

    /** What the container keeps in mounts and in its writable layer; reads only. */
    public ContainerLayout layout(String container) {
        InspectContainerResponse old = inspect(container);
        return layoutOf(old);
    }

    /**
     * What a recreate or migration onto {@code image} (null: the container's own) keeps and loses, a move into one
     * volume included; reads only.
     */
    public StatePreview preview(String container, String image, StatePreview.Action action) {
        InspectContainerResponse old = inspect(container);
        ContainerLayout layout = layoutOf(old);
        LayoutChange change = null;
        if (action == StatePreview.Action.RECREATE || action == StatePreview.Action.MIGRATE) {
            ReplacementSteps reads = new ReplacementSteps(engine, text -> { });
            change = LayoutChange.between(layout, reads.requireImage(image == null ? old.getConfig().getImage() : image))
                    .orElse(null);
        }
        return StatePreview.of(layout, action, change);
    }

    /**
     * What an upgrade keeps, moves and loses: a recreate onto an image of the one-volume layout, which every image the
     * app builds is ({@link dev.connectorconsole.engine.StateVolumes}), before that image exists; reads only.
     */
    public StatePreview previewUpgrade(String container) {
        ContainerLayout layout = layoutOf(inspect(container));
        return StatePreview.of(layout, StatePreview.Action.RECREATE,
                LayoutChange.between(layout, java.util.List.of(StateItem.INSTALL_DIR)).orElse(null));
    }

    /**
     * A new container from {@code image} (null: the old container's image) with the old one's options and mounts.
     * Refused, with nothing changed, when configuration lives in the writable layer: that needs {@link #migrate}.
     *
     * @param check null to skip the subaccount check
     */
    public ReplacementOutcome recreate(String container, String image, SubaccountCheck check, Consumer<String> progress) {
        return run(container, image, false, check, null, null, progress);
    }

    /**
     * {@link #recreate} that also runs {@code extra} on the new connector after the subaccount check (the check is
     * required); if it throws, the old container is put back. {@link ReplacementOutcome#newContainerStarted()} says
     * whether the new container ran on the volumes.
     */
    public ReplacementOutcome recreate(String container, String image, SubaccountCheck check, NewContainerCheck extra,
                                       Consumer<String> progress) {
        if (check == null) {
            throw new IllegalArgumentException("checking the new connector needs the subaccount check too");
        }
        return run(container, image, false, check, extra, null, progress);
    }

    /** Like {@link #recreate}, moving the writable layer's state folders into new named volumes; the check is required. */
    public ReplacementOutcome migrate(String container, String image, SubaccountCheck check, Consumer<String> progress) {
        if (check == null) {
            throw new IllegalArgumentException("a migration checks the subaccounts");
        }
        return run(container, image, true, check, null, null, progress);
    }

    /**
     * {@link #recreate} with the admin port (8443) published on exactly these host addresses, each on the old host
     * port: e.g. loopback plus the Docker bridge gateway, so containers of this computer reach it too.
     */
    public ReplacementOutcome republish(String container, List<String> hostIps, SubaccountCheck check,
                                        Consumer<String> progress) {
        if (hostIps == null || hostIps.isEmpty()) {
            throw new IllegalArgumentException("the admin port needs at least one host address");
        }
        return run(container, null, false, check, null, List.copyOf(hostIps), progress);
    }

    private ReplacementOutcome run(String container, String image, boolean migrate, SubaccountCheck check,
                                   NewContainerCheck extra, List<String> publishOn, Consumer<String> progress) {
        Instant started = Instant.now();
        List<String> steps = new ArrayList<>();
        Consumer<String> step = text -> {
            steps.add(text);
            progress.accept(text);
        };
        ReplacementSteps work = new ReplacementSteps(engine, step);
        InspectContainerResponse old;
        Map<String, String> newVolumes = new LinkedHashMap<>();
        Set<String> before = null;
        LayoutChange change = null;
        try {
            old = inspect(container);
            ContainerLayout layout = layoutOf(old);
            String newImage = image == null ? old.getConfig().getImage() : image;
            change = LayoutChange.between(layout, work.requireImage(newImage)).orElse(null);
            StatePreview preview = StatePreview.of(layout, migrate ? StatePreview.Action.MIGRATE
                    : StatePreview.Action.RECREATE, change);
            if (preview.losesConfiguration()) {
                return failed("Recreating '" + container + "' would lose " + names(preview.lost())
                        + ": they live only inside the container. Migrate it instead; nothing was changed.", steps, started);
            }
            if (change != null) {
                work.requireNoVolume(change.volume());
                newVolumes.put(change.volume(), StateItem.INSTALL_DIR);
            }
            for (String folder : migrate && change == null ? layout.foldersInWritableLayer() : List.<String>of()) {
                String volume = MigrationVolumes.nameFor(container, folder);
                work.requireNoVolume(volume);
                newVolumes.put(volume, folder);
            }
            if (check != null) {
                if (!layout.running()) {
                    return failed("Start '" + container + "' first: its subaccounts are compared before and after."
                            + " Nothing was changed.", steps, started);
                }
                step.accept("Reading the subaccounts of '" + container + "'");
                before = check.subaccounts();
            }
            work.replace(old, newImage, newVolumes, layout, publishOn, change);
            if (check != null) {
                work.verify(old, before, check, extra, readyTimeout);
            }
            work.removeOld();
        } catch (Exception e) {
            String reason = e instanceof RuntimeException r && !(e instanceof EngineException)
                    && !(e instanceof ReplacementException) ? EngineFailures.translate(r, engine.endpoint()).getMessage()
                    : String.valueOf(e.getMessage());
            String restored = work.rollBack();
            return new ReplacementOutcome(false, reason + " " + restored, steps, Duration.between(started, Instant.now()),
                    work.newStarted());
        }
        String done = (migrate ? "Migrated '" : "Recreated '") + container + "'"
                + (newVolumes.isEmpty() ? "" : " into the volume(s) " + String.join(", ", newVolumes.keySet()))
                + (change == null || change.oldMounts().isEmpty() ? "" : " (the old volume(s) " + String.join(", ",
                        change.oldMounts().stream().map(StateMount::volumeName).toList()) + " stay, untouched)")
                + (before == null ? "." : "; its " + before.size() + " subaccount(s) are all there.");
        step.accept(done);
        return new ReplacementOutcome(true, done, steps, Duration.between(started, Instant.now()), true);
    }

    private InspectContainerResponse inspect(String container) {
        try {
            return engine.client().inspectContainerCmd(container).exec();
        } catch (NotFoundException e) {
            throw new EngineException(EngineException.Kind.NOT_FOUND, "There is no container named '" + container + "'.", e);
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    private ContainerLayout layoutOf(InspectContainerResponse old) {
        List<StateMount> mounts = ContainerLayout.mountsOf(old);
        boolean propsMounted = mounts.stream().anyMatch(m -> m.covers(StateItem.PROPS_INI));
        boolean propsInside = !propsMounted && new ContainerArchives(engine.client()).exists(old.getId(), StateItem.PROPS_INI);
        boolean running = old.getState() != null && Boolean.TRUE.equals(old.getState().getRunning());
        return new ContainerLayout(old.getName().replaceFirst("^/", ""), running, mounts, propsInside);
    }

    private static String names(List<ItemFate> items) {
        return String.join(", ", items.stream().map(ItemFate::name).toList());
    }

    private static ReplacementOutcome failed(String message, List<String> steps, Instant started) {
        return new ReplacementOutcome(false, message, steps, Duration.between(started, Instant.now()));
    }

    static void stopQuietlyIgnoringNotModified(DockerClient docker, String id) {
        try {
            docker.stopContainerCmd(id).withTimeout(ContainerManager.STOP_GRACE_SECONDS).exec();
        } catch (NotModifiedException alreadyStopped) {
            // nothing to do
        }
    }
}
