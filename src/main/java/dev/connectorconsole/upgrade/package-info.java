/**
 * Upgrading a connector container to a newer Cloud Connector version, in plain Java without JavaFX
 * ({@link dev.connectorconsole.upgrade.ConnectorUpgrade}): check the version is newer, back up, build the new image
 * (the old one stays), recreate the container on the same volumes and options with the new image through
 * {@link dev.connectorconsole.lifecycle.ContainerReplacement}, wait until it answers and check version and subaccounts.
 * A failed step puts the old image back on the same volumes and, if the new connector ran on them, restores the
 * backup. Calls block; progress arrives through an {@link dev.connectorconsole.upgrade.UpgradeListener}.
 */
package dev.connectorconsole.upgrade;
