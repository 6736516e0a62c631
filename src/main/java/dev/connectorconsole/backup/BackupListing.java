package dev.connectorconsole.backup;

import java.util.List;

/**
 * The backups of one connector, newest first, and a sentence for each entry that could not be read and was moved
 * aside (into the store's {@code set-aside} folder) instead of being listed.
 */
public record BackupListing(List<BackupEntry> entries, List<String> setAside) {
    public BackupListing {
        entries = List.copyOf(entries);
        setAside = List.copyOf(setAside);
    }
}
