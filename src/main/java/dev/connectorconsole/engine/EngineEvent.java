package dev.connectorconsole.engine;

import java.time.Instant;

/**
 * One engine event. {@code type} is "container" or "image"; {@code action} the engine's verb (create, start, die,
 * stop, destroy, tag, delete, …); {@code name} the container or image name when the engine gives one.
 */
public record EngineEvent(String type, String action, String id, String name, Instant time) {}
