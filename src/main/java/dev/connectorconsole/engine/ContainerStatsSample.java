package dev.connectorconsole.engine;

import java.time.Instant;

/**
 * One reading of a container's resource use, as {@code docker stats} shows it: CPU in percent of one core times the
 * cores (100 % = one core busy), memory without the page cache, and the bytes received and sent on all its networks
 * since it started.
 */
public record ContainerStatsSample(Instant time, double cpuPercent, long memoryBytes, long memoryLimitBytes,
                                   long receivedBytes, long sentBytes) {
}
