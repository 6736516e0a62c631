package dev.connectorconsole.lifecycle;

/**
 * What an action does to one piece of the connector's state.
 *
 * @param path   the folder or file inside the container, e.g. /opt/sap/scc/config
 * @param kept   true when it is still there after the action
 * @param detail one sentence: where it is kept, or why it is lost
 */
public record ItemFate(String path, boolean kept, String detail) {
    public String name() {
        return StateItem.shortName(path);
    }
}
