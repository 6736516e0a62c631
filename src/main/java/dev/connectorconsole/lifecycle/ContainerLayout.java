package dev.connectorconsole.lifecycle;

import com.github.dockerjava.api.command.InspectContainerResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a container keeps the connector's state: its mounts, and whether {@code props.ini} sits in its writable layer.
 *
 * @param propsIniInContainer props.ini exists in the container and no mount holds it
 */
public record ContainerLayout(String name, boolean running, List<StateMount> mounts, boolean propsIniInContainer) {
    public ContainerLayout {
        mounts = List.copyOf(mounts);
    }

    /** The mount that holds {@code path}, the deepest one when mounts nest. */
    public Optional<StateMount> mountFor(String path) {
        return mounts.stream().filter(m -> m.covers(path))
                .max((a, b) -> Integer.compare(a.target().length(), b.target().length()));
    }

    /** State folders that live only in the container's writable layer. */
    public List<String> foldersInWritableLayer() {
        return StateItem.FOLDERS.stream().filter(folder -> mountFor(folder).isEmpty()).toList();
    }

    static List<StateMount> mountsOf(InspectContainerResponse inspect) {
        List<StateMount> mounts = new ArrayList<>();
        if (inspect.getMounts() != null) {
            for (InspectContainerResponse.Mount mount : inspect.getMounts()) {
                if (mount.getDestination() != null) {
                    mounts.add(new StateMount(mount.getDestination().getPath(), mount.getName(), mount.getSource(),
                            !Boolean.FALSE.equals(mount.getRW())));
                }
            }
        }
        return mounts;
    }
}
