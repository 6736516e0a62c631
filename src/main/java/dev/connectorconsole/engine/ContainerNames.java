package dev.connectorconsole.engine;

/** The engine names containers "/name"; users know them as "name". */
final class ContainerNames {
    private ContainerNames() {}

    static String of(String[] engineNames) {
        return engineNames == null || engineNames.length == 0 ? "" : strip(engineNames[0]);
    }

    static String strip(String engineName) {
        return engineName != null && engineName.startsWith("/") ? engineName.substring(1) : engineName;
    }
}
