package dev.connectorconsole.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of a process, from /proc/PID/status (Linux). */
final class ProcessMemory {
    private ProcessMemory() {}

    static long rssMegabytes() {
        return rssMegabytes(ProcessHandle.current().pid());
    }

    static long rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
