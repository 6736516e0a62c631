/**
 * Multi-step actions on a connector container that must never lose its configuration: recreate it from its own run
 * options ({@link dev.connectorconsole.lifecycle.ContainerReplacement}), migrate configuration kept in its writable layer
 * into named volumes, and say beforehand what each action keeps and loses
 * ({@link dev.connectorconsole.lifecycle.StatePreview}). Plain Java without JavaFX: calls block, progress arrives through a
 * callback, and every run ends in a {@link dev.connectorconsole.lifecycle.ReplacementOutcome}. When a step fails, the old
 * container is put back as it was.
 */
package dev.connectorconsole.lifecycle;
