package dev.connectorconsole.ui.backups;

import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.image.BuildContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of the backup table: the entry and its date (local time), connector version and size as shown. */
public record BackupRow(BackupEntry entry, String date, String version, String size) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static BackupRow of(BackupEntry entry, ZoneId zone) {
        return new BackupRow(entry, DATE.format(entry.created().atZone(zone)), entry.version(),
                BuildContext.humanSize(entry.size()));
    }

    /** "the backup of 2025-03-01 14:02:11 (2.19.0)", for confirmations and messages. */
    String describe() {
        return "the backup of " + date + " (" + version + ")";
    }
}
