package dev.connectorconsole.engine;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Removing a container, and with it its volumes when asked: a volume another container also uses stops it before
 * anything goes; a failure part way says which parts were removed and which remain.
 */
final class ContainerRemoval {
    private final EngineConnection engine;

    ContainerRemoval(EngineConnection engine) {
        this.engine = engine;
    }

    /** {@code stop} ends the container gracefully first when it runs. */
    void remove(ContainerSnapshot snapshot, boolean removeVolumes, Runnable stop) {
        List<String> volumes = removeVolumes ? List.copyOf(snapshot.volumes().keySet()) : List.of();
        try {
            refuseShared(snapshot, volumes);
            if (snapshot.running()) {
                stop.run();
            }
            engine.client().removeContainerCmd(snapshot.id()).withForce(true).exec();
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
        List<String> removed = new ArrayList<>();
        for (String volume : volumes) {
            try {
                engine.client().removeVolumeCmd(volume).exec();
                removed.add(volume);
            } catch (NotFoundException gone) {
                removed.add(volume);
            } catch (RuntimeException e) {
                List<String> remaining = volumes.subList(removed.size(), volumes.size());
                throw new EngineException(EngineException.Kind.OTHER, "The container " + snapshot.name() + " was removed"
                        + (removed.isEmpty() ? "" : ", and the volumes " + String.join(", ", removed))
                        + "; the volumes " + String.join(", ", remaining) + " remain, with the connector's data in them. "
                        + "Removing " + remaining.get(0) + " failed: "
                        + EngineFailures.translate(e, engine.endpoint()).getMessage(), e);
            }
        }
    }

    private void refuseShared(ContainerSnapshot snapshot, List<String> volumes) {
        for (String volume : volumes) {
            List<String> others = engine.client().listContainersCmd().withShowAll(true)
                    .withVolumeFilter(List.of(volume)).exec().stream()
                    .filter(c -> !c.getId().equals(snapshot.id()))
                    .map(ContainerRemoval::name).toList();
            if (!others.isEmpty()) {
                throw new EngineException(EngineException.Kind.OTHER, "Nothing was removed: the volume " + volume
                        + " is also used by " + String.join(", ", others) + ". Remove " + snapshot.name()
                        + " keeping its data, or remove those containers first.");
            }
        }
    }

    private static String name(Container container) {
        String[] names = container.getNames();
        return names == null || names.length == 0 ? container.getId().substring(0, 12)
                : Arrays.stream(names).map(n -> n.startsWith("/") ? n.substring(1) : n).findFirst().orElseThrow();
    }
}
