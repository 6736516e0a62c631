package dev.connectorconsole.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named volumes a connector container gets, following its image's layout. An image that declares the install
 * folder as its VOLUME (the app's images since the one-volume layout) gets one volume {@code <name>_scc} there, with
 * the state folders inside it as plain folders. Any other image (built by an older version of the app, or adopted)
 * keeps one volume per state folder: mounting one volume at the install folder of such an image would hide its
 * binaries behind the first image's copy, and docker would put the state folders it declares as VOLUMEs into
 * anonymous volumes inside it.
 */
public final class StateVolumes {
    public static final String INSTALL_DIR = "/opt/sap/scc";
    private static final String[] FOLDERS = {"config", "config_master", "scc_config", "log"};

    private StateVolumes() {}

    /** True when the image declares the install folder itself as a VOLUME. */
    public static boolean oneVolumeImage(Collection<String> declaredVolumes) {
        return declaredVolumes != null && declaredVolumes.contains(INSTALL_DIR);
    }

    /** One volume at the install folder: volume name → container path. */
    public static Map<String, String> oneVolume(String container) {
        return Map.of(container + "_scc", INSTALL_DIR);
    }

    /** The older layout: a volume for each state folder. */
    public static Map<String, String> perFolder(String container) {
        Map<String, String> volumes = new LinkedHashMap<>();
        for (String folder : FOLDERS) {
            volumes.put(container + "_" + folder, INSTALL_DIR + "/" + folder);
        }
        return volumes;
    }

    /** The volumes for a container of an image that declares these VOLUMEs. */
    public static Map<String, String> forImage(String container, Collection<String> declaredVolumes) {
        return oneVolumeImage(declaredVolumes) ? oneVolume(container) : perFolder(container);
    }

    /** True when {@code volumes} is one of the two default layouts for {@code container}. */
    static boolean isDefault(String container, Map<String, String> volumes) {
        return volumes.equals(oneVolume(container)) || volumes.equals(perFolder(container));
    }
}
