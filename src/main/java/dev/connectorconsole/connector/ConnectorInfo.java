package dev.connectorconsole.connector;

/** Connector-wide settings: its high-availability role ("master", "shadow" or null when undefined) and description. */
public record ConnectorInfo(String haRole, String description) {
}
