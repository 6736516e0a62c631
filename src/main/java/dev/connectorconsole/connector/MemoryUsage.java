package dev.connectorconsole.connector;

/** {@code /api/monitoring/memory} (connector 2.13+), all in KB; the heap is the connector's Java heap. */
public record MemoryUsage(ResourceSplit physicalKb, ResourceSplit virtualKb, long heapTotalKb, long heapUsedKb,
                          long heapFreeKb) {
}
