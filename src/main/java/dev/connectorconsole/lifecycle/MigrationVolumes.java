package dev.connectorconsole.lifecycle;

/** The named volumes a migration creates for folders that lived in the writable layer: {@code <container>_<folder>}. */
final class MigrationVolumes {
    private MigrationVolumes() {}

    static String nameFor(String container, String folder) {
        return container + "_" + StateItem.shortName(folder);
    }
}
