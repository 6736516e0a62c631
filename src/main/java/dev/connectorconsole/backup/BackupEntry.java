package dev.connectorconsole.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One configuration backup in the {@link BackupStore}.
 *
 * @param connector the connector (container or profile name) it was taken from
 * @param version   the Cloud Connector version that made it (a backup restores onto the same or a newer version)
 * @param created   when it was taken
 * @param size      bytes of the zip
 * @param file      the zip; its secrets are encrypted with the backup password, which is stored nowhere
 */
public record BackupEntry(String connector, String version, Instant created, long size, Path file) {
}
