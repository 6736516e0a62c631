package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code /api/monitoring/memory}, {@code /cpu} and {@code /disk} from the sandbox's own process: the JVM heap stands in
 * for the connector's, the process CPU load for its CPU, the data folder (and the file system holding it) for its
 * disk. Keys as documented (note the capital {@code CloudConnector}); memory in KB, disk in MB, CPU in percent.
 */
final class ProcessFigures {
    private static final long KB = 1024;
    private static final long MB = 1024 * 1024;

    private final Path dataDir;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    ProcessFigures(Path dataDir) {
        this.dataDir = dataDir;
    }

    ObjectNode memory() {
        Runtime runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();
        long process = runtime.totalMemory()
                + ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        split(body.putObject("physicalKB"), os.getTotalMemorySize(), process, os.getFreeMemorySize(), KB);
        split(body.putObject("virtualKB"), os.getTotalMemorySize() + os.getTotalSwapSpaceSize(),
                Math.max(process, os.getCommittedVirtualMemorySize()),
                os.getFreeMemorySize() + os.getFreeSwapSpaceSize(), KB);
        long heapTotalKb = runtime.maxMemory() / KB;
        body.putObject("cloudConnectorHeapKB")
                .put("total", heapTotalKb)
                .put("used", heapUsed / KB)
                .put("free", heapTotalKb - heapUsed / KB);
        return body;
    }

    ObjectNode cpu() {
        return JsonNodeFactory.instance.objectNode()
                .put("total", percent(os.getCpuLoad()))
                .put("CloudConnector", percent(os.getProcessCpuLoad()));
    }

    /** The process's CPU load in percent, for the CPU alert. */
    int cpuPercent() {
        return percent(os.getProcessCpuLoad());
    }

    ObjectNode disk() {
        try {
            FileStore store = Files.getFileStore(dataDir);
            return split(JsonNodeFactory.instance.objectNode(), store.getTotalSpace(), folderSize(),
                    store.getUsableSpace(), MB);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the disk of " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Free disk space in MB, for the disk alert. */
    long freeDiskMb() {
        return disk().get("free").asLong();
    }

    private static ObjectNode split(ObjectNode node, long total, long connector, long free, long unit) {
        long others = Math.max(0, total - free - connector);
        return node.put("total", total / unit).put("CloudConnector", connector / unit)
                .put("others", others / unit).put("free", free / unit);
    }

    private static int percent(double load) {
        return load < 0 ? 0 : (int) Math.round(load * 100);
    }

    private long folderSize() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0; // a file removed while walking
                }
            }).sum();
        }
    }
}
