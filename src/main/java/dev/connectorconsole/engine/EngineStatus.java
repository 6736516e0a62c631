package dev.connectorconsole.engine;

/** UP: the event stream is (again) connected — re-read the real state. DOWN: the engine went away. */
public enum EngineStatus { UP, DOWN }
