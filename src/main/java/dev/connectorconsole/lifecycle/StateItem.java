package dev.connectorconsole.lifecycle;

import java.util.List;

/** The connector's state: its four folders and {@code props.ini} under the install folder. */
public final class StateItem {
    public static final String INSTALL_DIR = "/opt/sap/scc";
    public static final String PROPS_INI = INSTALL_DIR + "/props.ini";
    public static final List<String> FOLDERS = List.of(
            INSTALL_DIR + "/config", INSTALL_DIR + "/config_master", INSTALL_DIR + "/scc_config", INSTALL_DIR + "/log");
    public static final List<String> ALL = List.of(FOLDERS.get(0), FOLDERS.get(1), FOLDERS.get(2), FOLDERS.get(3), PROPS_INI);

    private StateItem() {}

    /** "config", "props.ini": what the user reads. */
    public static String shortName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
