package dev.connectorconsole.engine;

/** What a user sees of their connector: ABSENT → CREATED → STARTING → READY or UNHEALTHY; STOPPED. */
public enum ConnectorState { ABSENT, CREATED, STARTING, READY, UNHEALTHY, STOPPED }
