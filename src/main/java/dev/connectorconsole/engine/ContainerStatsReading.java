package dev.connectorconsole.engine;

import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.StatsConfig;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Turns the engine's stats JSON into a {@link ContainerStatsSample} the way the docker CLI computes its columns. */
final class ContainerStatsReading {
    private ContainerStatsReading() {}

    /**
     * The sample, or empty for a reading that has no earlier CPU figures to compare with (the stream's first) or
     * whose container is not running.
     */
    static Optional<ContainerStatsSample> of(Statistics stats) {
        CpuStatsConfig cpu = stats.getCpuStats();
        CpuStatsConfig before = stats.getPreCpuStats();
        if (cpu == null || before == null || cpu.getCpuUsage() == null || before.getCpuUsage() == null
                || zero(before.getSystemCpuUsage()) || zero(before.getCpuUsage().getTotalUsage())) {
            return Optional.empty();
        }
        double cpuDelta = value(cpu.getCpuUsage().getTotalUsage()) - value(before.getCpuUsage().getTotalUsage());
        double systemDelta = value(cpu.getSystemCpuUsage()) - value(before.getSystemCpuUsage());
        long cores = cpu.getOnlineCpus() != null && cpu.getOnlineCpus() > 0 ? cpu.getOnlineCpus()
                : cpu.getCpuUsage().getPercpuUsage() == null ? 1 : cpu.getCpuUsage().getPercpuUsage().size();
        double percent = systemDelta > 0 && cpuDelta >= 0 ? cpuDelta / systemDelta * cores * 100 : 0;
        long[] network = network(stats.getNetworks());
        MemoryStatsConfig memory = stats.getMemoryStats();
        return Optional.of(new ContainerStatsSample(time(stats.getRead()), percent, memoryInUse(memory),
                memory == null ? 0 : value(memory.getLimit()), network[0], network[1]));
    }

    /** Usage less the inactive page cache (cgroup v2 {@code inactive_file}, v1 {@code total_inactive_file}). */
    private static long memoryInUse(MemoryStatsConfig memory) {
        if (memory == null) {
            return 0;
        }
        long usage = value(memory.getUsage());
        StatsConfig details = memory.getStats();
        long cache = details == null ? 0 : details.getInactiveFile() != null ? details.getInactiveFile()
                : value(details.getTotalInactiveFile());
        return cache < usage ? usage - cache : usage;
    }

    private static long[] network(Map<String, StatisticNetworksConfig> networks) {
        long received = 0;
        long sent = 0;
        if (networks != null) {
            for (StatisticNetworksConfig network : networks.values()) {
                received += value(network.getRxBytes());
                sent += value(network.getTxBytes());
            }
        }
        return new long[] {received, sent};
    }

    private static Instant time(String read) {
        try {
            return read == null ? Instant.now() : Instant.parse(read);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    private static boolean zero(Long value) {
        return value == null || value == 0;
    }

    private static long value(Long value) {
        return value == null ? 0 : value;
    }
}
