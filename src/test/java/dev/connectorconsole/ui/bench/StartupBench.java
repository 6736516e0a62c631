package dev.connectorconsole.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launch to first frame, as a user starting the app sees it: the time from starting the process to the window's
 * first frame (the epoch time the app logs on its second pulse), and the resident memory 3 s later. Runs, each in a
 * fresh process, alternating, several rounds: a bare JavaFX window ({@link BareWindow}), the app as README starts it
 * ({@code java @packaging/start.args -jar target/connector-console.jar}), the same jar without those options
 * ("app-plain"), and the installed app image when {@code mvn -Pinstaller package}
 * built one (started like the desktop entry does, bin/connector-console-start, with its ahead-of-time cache). Each app run starts from an
 * empty config folder (first run), or with {@code --returning} from one whose first run is done.
 * Run (DISPLAY set, e.g. Xvfb): {@code java -cp target/classes:target/test-classes:<deps>
 * dev.connectorconsole.ui.bench.StartupBench [rounds] [--returning] [--also=name=command ...]}, where each
 * {@code --also} adds another command to compare (its words split at spaces). Target: app under 1.5 s, idle RSS under 250 MB.
 */
public final class StartupBench {
    private static final Pattern FIRST_FRAME = Pattern.compile("First frame .*epoch ms (\\d+)");
    private static final Path APP_JAR = Path.of("target/connector-console.jar");
    private static final Path START_ARGS = Path.of("packaging/start.args");
    private static final Path APP_IMAGE = Path.of("target/installer/connector-console/bin/connector-console-start");

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 5;
        boolean returning = List.of(args).contains("--returning");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("bare", List.of(java, "-cp", classPath, "-Dprism.order=sw", BareWindow.class.getName()));
        commands.put("app", List.of(java, "@" + START_ARGS, "-Dprism.order=sw", "-jar", APP_JAR.toString()));
        commands.put("app-plain", List.of(java, "-Dprism.order=sw", "-jar", APP_JAR.toString()));
        if (Files.isExecutable(APP_IMAGE)) {
            commands.put("installed", List.of(APP_IMAGE.toString()));
        }
        for (String arg : args) {
            if (arg.startsWith("--also=")) {
                String[] nameAndCommand = arg.substring("--also=".length()).split("=", 2);
                commands.put(nameAndCommand[0], List.of(nameAndCommand[1].split(" ")));
            }
        }
        Map<String, List<Long>> frames = new LinkedHashMap<>();
        Map<String, List<Long>> rss = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> kind : commands.entrySet()) {
                long[] figures = runOnce(kind.getKey(), kind.getValue(), returning);
                frames.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(figures[0]);
                rss.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(figures[1]);
            }
        }
        for (String kind : commands.keySet()) {
            System.out.printf("%-9s launch to first frame ms: %s (median %d)   idle RSS MB: %s (median %d)%n", kind,
                    frames.get(kind), median(frames.get(kind)), rss.get(kind), median(rss.get(kind)));
        }
    }

    private static long[] runOnce(String kind, List<String> command, boolean returning) throws Exception {
        Path home = Files.createTempDirectory("cc-bench-home");
        Path config = home.resolve(".config");
        if (returning) {
            Files.createDirectories(config.resolve("connector-console"));
            Files.writeString(config.resolve("connector-console/settings.json"), "{\"firstRunDone\": true}");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", config.toString());
        // jpackage's launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads this one.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dprism.order=sw");
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        // An app that never logs its first frame is ended after a minute, which ends the read below.
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        StringBuilder output = new StringBuilder();
        long firstFrame = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                output.append(line).append('\n');
                Matcher matcher = FIRST_FRAME.matcher(line);
                if (matcher.find()) {
                    firstFrame = Long.parseLong(matcher.group(1)) - launched;
                    break;
                }
            }
            if (firstFrame < 0) {
                throw new IllegalStateException("the " + kind + " run logged no first frame:\n" + output);
            }
            Thread.sleep(3000);
            long resident = ProcessMemory.rssMegabytes(process.pid());
            return new long[] {firstFrame, resident};
        } finally {
            watchdog.interrupt();
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
