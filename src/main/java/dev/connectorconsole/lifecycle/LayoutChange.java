package dev.connectorconsole.lifecycle;

import dev.connectorconsole.engine.StateVolumes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Taking a container whose state lives in a volume per folder (images of older versions of the app) onto an image of
 * the one-volume layout ({@link StateVolumes}): the new container gets one new volume at the install folder, which
 * receives through the engine's archive API what the old volumes (and the old writable layer) hold, before it first
 * starts. The old volumes are no longer mounted and stay untouched, so the old container, kept until the new one
 * runs, or the old image on them remains a way back.
 *
 * @param volume     the new volume, {@code <container>_scc}
 * @param copied     the state paths copied into it from the old container
 * @param oldMounts  the old container's mounts below the install folder, which the new container does not mount
 */
public record LayoutChange(String volume, List<String> copied, List<StateMount> oldMounts) {
    public LayoutChange {
        copied = List.copyOf(copied);
        oldMounts = List.copyOf(oldMounts);
    }

    /**
     * The change a move onto an image declaring {@code newImageVolumes} needs, if any.
     *
     * @throws ReplacementException when the container keeps its state in one volume at the install folder and the
     *                              image declares state folders as volumes of their own: docker would put those into
     *                              new, empty anonymous volumes inside it
     */
    static Optional<LayoutChange> between(ContainerLayout layout, Collection<String> newImageVolumes) {
        Optional<StateMount> install = layout.mountFor(StateItem.INSTALL_DIR);
        if (!StateVolumes.oneVolumeImage(newImageVolumes)) {
            if (install.isPresent() && newImageVolumes.stream().anyMatch(v -> v.startsWith(StateItem.INSTALL_DIR + "/"))) {
                throw new ReplacementException("The image keeps each state folder in a volume of its own, while '"
                        + layout.name() + "' keeps them in one volume at " + StateItem.INSTALL_DIR + ": the folders"
                        + " would land in new, empty volumes. Use an image of the one-volume layout. Nothing was changed.");
            }
            return Optional.empty();
        }
        if (install.isPresent()) {
            return Optional.empty();
        }
        List<StateMount> nested = layout.mounts().stream()
                .filter(m -> m.target().startsWith(StateItem.INSTALL_DIR + "/")).toList();
        if (nested.stream().anyMatch(m -> !m.isVolume())) {
            return Optional.empty(); // host folders the user chose stay mounted where they are
        }
        List<String> copied = new ArrayList<>(nested.stream().map(StateMount::target).toList());
        copied.addAll(layout.foldersInWritableLayer());
        if (layout.propsIniInContainer()) {
            copied.add(StateItem.PROPS_INI);
        }
        return Optional.of(new LayoutChange(StateVolumes.oneVolume(layout.name()).keySet().iterator().next(), copied,
                nested));
    }

    /** Where a state path's old copy stays: "the old volume x stays, untouched" or "". */
    String oldPlaceOf(String path) {
        return oldMounts.stream().filter(m -> m.covers(path)).findFirst()
                .map(m -> "; the old " + m.describe() + " stays, untouched").orElse("");
    }
}
