/**
 * The Docker engine, without any UI: {@link dev.connectorconsole.engine.EngineLocator} finds it like the docker CLI,
 * {@link dev.connectorconsole.engine.EngineConnection} talks to it (short-call and streaming clients),
 * {@link dev.connectorconsole.engine.ContainerManager} runs the connector container,
 * {@link dev.connectorconsole.engine.ImageBuilder} builds images, {@link dev.connectorconsole.engine.EngineEvents} and
 * {@link dev.connectorconsole.engine.EngineMonitor} report what happens, and
 * {@link dev.connectorconsole.engine.ReadinessProbe} with {@link dev.connectorconsole.engine.ReadinessTracker} tell
 * when the connector answers. Every failure is an {@link dev.connectorconsole.engine.EngineException} whose message
 * is one sentence a user can act on ({@link dev.connectorconsole.engine.EngineFailures} translates them).
 * Calls block: run them off the FX thread. Callbacks arrive on named daemon threads (cc-engine-events,
 * cc-engine-monitor, cc-image-build, docker-java's stream threads).
 */
package dev.connectorconsole.engine;
