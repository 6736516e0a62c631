package dev.connectorconsole.settings;

/** How the app finds the Docker engine. */
public enum EngineMode {
    /** DOCKER_HOST, the current Docker context, or the default socket, as the docker CLI does. */
    AUTOMATIC,
    /** A host the user entered, optionally with TLS client certificates. */
    HOST
}
