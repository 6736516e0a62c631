package dev.connectorconsole.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of this process, from /proc/self/status (Linux), and the time since the JVM started. */
final class ProcessMemory {
    private ProcessMemory() {}

    static long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    static long sinceJvmStartMillis() {
        return System.currentTimeMillis() - ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    }
}
