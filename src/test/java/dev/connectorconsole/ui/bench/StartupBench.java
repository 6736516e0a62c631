package dev.connectorconsole.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Start to first frame: a bare JavaFX window (one label) against Connector Console's main window, each in a fresh
 * JVM, alternating, several rounds. Target: the app's first frame under 1.5 s, idle RSS under 250 MB.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> dev.connectorconsole.ui.bench.StartupBench [rounds]}
 * with DISPLAY set (Xvfb).
 */
public final class StartupBench {
    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, List<Long>> frames = new HashMap<>();
        Map<String, List<Long>> rss = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String kind : List.of("bare", "app")) {
                Map<String, Long> figures = runOnce(kind);
                frames.computeIfAbsent(kind, k -> new ArrayList<>()).add(figures.get("FIRST_FRAME_MS"));
                rss.computeIfAbsent(kind, k -> new ArrayList<>()).add(figures.get("IDLE_RSS_MB"));
            }
        }
        for (String kind : List.of("bare", "app")) {
            System.out.printf("%-5s first frame ms: %s  (median %d)   idle RSS MB: %s%n", kind, frames.get(kind),
                    median(frames.get(kind)), rss.get(kind));
        }
    }

    private static Map<String, Long> runOnce(String kind) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Dprism.order=sw",
                "-Dlogback.configurationFile=src/test/resources/logback-test.xml",
                FirstFrame.class.getName(), kind);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Map<String, Long> figures = new HashMap<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && (parts[0].equals("FIRST_FRAME_MS") || parts[0].equals("IDLE_RSS_MB"))) {
                    figures.put(parts[0], Long.parseLong(parts[1]));
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        process.waitFor();
        if (figures.size() < 2) {
            throw new IllegalStateException("the " + kind + " run printed no figures:\n" + other);
        }
        return figures;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
