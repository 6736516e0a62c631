package dev.connectorconsole.engine;

/** Whether the connector answers its ping, and a sentence saying why (or why not). */
public record Readiness(boolean ready, String reason) {}
