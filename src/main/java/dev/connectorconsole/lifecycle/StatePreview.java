package dev.connectorconsole.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * What an action keeps and loses, per folder (config, config_master, scc_config, log) and props.ini. A mount at a parent
 * folder (the one volume at /opt/sap/scc) holds every item below it.
 */
public record StatePreview(Action action, String container, List<ItemFate> items, String movesInto) {
    public enum Action { RECREATE, MIGRATE, REMOVE_KEEP_VOLUMES, REMOVE_WITH_VOLUMES }

    /** @param movesInto the one new volume the state moves into ({@link LayoutChange}); null when it stays where it is */
    public StatePreview {
        items = List.copyOf(items);
    }

    public static StatePreview of(ContainerLayout layout, Action action) {
        return of(layout, action, null);
    }

    /** @param change the move into one volume a recreate or migration onto a newer image makes; null for none */
    public static StatePreview of(ContainerLayout layout, Action action, LayoutChange change) {
        List<ItemFate> items = new ArrayList<>();
        for (String path : StateItem.ALL) {
            boolean moved = change != null && (action == Action.RECREATE || action == Action.MIGRATE)
                    && change.copied().contains(path);
            items.add(moved ? new ItemFate(path, true, "Kept: copied into the new volume " + change.volume()
                    + change.oldPlaceOf(path) + ".") : fate(layout, action, path));
        }
        boolean moves = change != null && (action == Action.RECREATE || action == Action.MIGRATE);
        return new StatePreview(action, layout.name(), items, moves ? change.volume() : null);
    }

    public List<ItemFate> lost() {
        return items.stream().filter(i -> !i.kept()).toList();
    }

    /** True when the action loses configuration: anything but the log folder. */
    public boolean losesConfiguration() {
        return lost().stream().anyMatch(i -> !i.path().endsWith("/log"));
    }

    private static ItemFate fate(ContainerLayout layout, Action action, String path) {
        boolean file = path.equals(StateItem.PROPS_INI);
        var mount = layout.mountFor(path);
        if (mount.isPresent()) {
            String where = mount.get().describe();
            if (action == Action.REMOVE_WITH_VOLUMES && mount.get().isVolume()) {
                return new ItemFate(path, false, "Lost: " + where + " is deleted.");
            }
            return switch (action) {
                case RECREATE, MIGRATE -> new ItemFate(path, true, "Kept: the new container mounts the same " + where + ".");
                default -> new ItemFate(path, true, "Kept: " + where + " stays.");
            };
        }
        if (file && !layout.propsIniInContainer()) {
            return new ItemFate(path, true, "Not in this container: the image's own is used.");
        }
        return switch (action) {
            case RECREATE -> file
                    ? new ItemFate(path, true, "Kept: copied from the old container into the new one.")
                    : new ItemFate(path, false, "Lost: it lives only inside the container, not in a volume.");
            case MIGRATE -> file
                    ? new ItemFate(path, true, "Kept: copied from the old container into the new one.")
                    : new ItemFate(path, true, "Kept: copied into the new volume " + MigrationVolumes.nameFor(layout.name(), path) + ".");
            default -> new ItemFate(path, false, "Lost: it lives only inside the container" + (file ? "." : ", not in a volume."));
        };
    }
}
