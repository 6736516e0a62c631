package dev.connectorconsole.connector;

/** When the connector raises alerts ({@code alerting} thresholds): CPU load in %, for how long, free disk, certificate expiry. */
public record AlertThresholds(int cpuLoad, int cpuLoadViolationToleranceSec, long freeDiskSpaceMb, int certificateValidityDays) {}
