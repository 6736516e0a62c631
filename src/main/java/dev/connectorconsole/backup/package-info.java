/**
 * The local store of connector configuration backups in the app's data folder ({@link dev.connectorconsole.backup.BackupStore}):
 * take, list with date, version and size, export, delete, keep the newest N. Plain Java without JavaFX; the backup
 * password is passed per call and never stored.
 */
package dev.connectorconsole.backup;
