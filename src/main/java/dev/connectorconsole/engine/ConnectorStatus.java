package dev.connectorconsole.engine;

/** A connector state with the sentence that explains it. */
public record ConnectorStatus(ConnectorState state, String reason) {}
