/**
 * A subaccount's access control as one piece (exposed systems with their resources, domain mappings): read from a
 * connector, planned onto another subaccount (what is created, skipped, or clashes), applied, and kept in a JSON file.
 * No JavaFX here; no passwords are part of it.
 */
package dev.connectorconsole.accesscontrol;
