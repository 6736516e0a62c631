/**
 * The sandbox connector: an HTTPS emulator of the SAP Cloud Connector's admin REST API for trying the app and for
 * tests. Entry points: {@link dev.connectorconsole.sandbox.SandboxServer} (its javadoc lists the SANDBOX rules, i.e.
 * what the emulator decides where the real connector would ask the cloud) and {@link dev.connectorconsole.sandbox.SandboxMain}.
 */
package dev.connectorconsole.sandbox;
