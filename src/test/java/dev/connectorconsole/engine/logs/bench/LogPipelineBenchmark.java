package dev.connectorconsole.engine.logs.bench;

import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogFollower;
import dev.connectorconsole.engine.logs.LogOptions;
import dev.connectorconsole.engine.logs.TestEngine;
import java.lang.management.ManagementFactory;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How fast the log pipeline (engine stream → lines → ring buffer) reads a big log, against {@code docker logs}, and
 * how much heap the default-sized buffer keeps. Needs the Docker engine; builds a FROM scratch busybox image, runs
 * containers that print N lines of about 80 characters and exit, and removes everything at the end.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.connectorconsole.engine.logs.bench.LogPipelineBenchmark [-Dexec.args="1000000 5000000"]}
 * (heap figures then include Maven's own objects; "retained by the buffer" subtracts the heap used before reading).
 * The first size is compared twice without time stamps and once with them ({@code docker logs -t}); later sizes once.
 */
public final class LogPipelineBenchmark {

    private static final double TARGET_RATIO = 0.8;
    private static final long TARGET_RETAINED_BYTES = 100L * 1024 * 1024;

    private LogPipelineBenchmark() {}

    public static void main(String[] args) throws Exception {
        quietLogging();
        long[] sizes = args.length == 0 ? new long[] {1_000_000, 5_000_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        try (TestEngine engine = TestEngine.connect()) {
            engine.busyboxImage();
            for (long lines : sizes) {
                boolean first = lines == sizes[0];
                run(engine, lines, first ? 2 : 1, first);
            }
        }
    }

    private static void run(TestEngine engine, long lines, int rounds, boolean withTimestamps) throws Exception {
        System.out.printf(Locale.ROOT, "%n== %,d lines of about 80 characters (1 in 10 coloured) ==%n", lines);
        String container = engine.createShell(printer(lines));
        long printStart = System.nanoTime();
        engine.docker().startContainerCmd(container).exec();
        engine.docker().waitContainerCmd(container).exec(new WaitContainerResultCallback())
                .awaitStatusCode(30, TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "container printed its log in %.1f s%n", seconds(System.nanoTime() - printStart));

        long baseline = usedHeapAfterGc();
        for (int round = 1; round <= rounds; round++) {
            compare(engine, container, lines, false, "round " + round, baseline);
        }
        if (withTimestamps) {
            compare(engine, container, lines, true, "with time stamps", baseline);
        }
    }

    /** docker logs, then the pipeline right after it, so both meet the same load on the machine. */
    private static void compare(TestEngine engine, String container, long lines, boolean timestamps, String label, long baseline)
            throws Exception {
        double cli = cliSeconds(container, timestamps);
        LogBuffer buffer = new LogBuffer();
        long start = System.nanoTime();
        try (LogFollower follower = new LogFollower(engine.docker(), container, LogOptions.readAll(timestamps), buffer)) {
            follower.start();
            follower.finished().get(30, TimeUnit.MINUTES);
        }
        double ours = seconds(System.nanoTime() - start);
        if (buffer.lastSeq() != lines) {
            throw new IllegalStateException("pipeline read " + buffer.lastSeq() + " lines, expected " + lines);
        }
        double ratio = cli / ours;
        System.out.printf(Locale.ROOT, "%-17s docker logs%s > /dev/null %6.2f s %,9.0f lines/s | pipeline into LogBuffer %6.2f s %,9.0f lines/s | %.2f x CLI (target >= %.1f) %s%n",
                label, timestamps ? " -t" : "   ", cli, lines / cli, ours, lines / ours, ratio, TARGET_RATIO,
                ratio >= TARGET_RATIO ? "OK" : "BELOW TARGET");
        long used = usedHeapAfterGc();
        long retained = used - baseline;
        System.out.printf(Locale.ROOT, "%-17s buffer (default capacity) holds %,d lines, dropped %,d; heap used after GC %.1f MB, retained by the buffer %.1f MB (target < 100 MB) %s%n",
                "", buffer.size(), buffer.dropped(), mb(used), mb(retained), retained < TARGET_RETAINED_BYTES ? "OK" : "ABOVE TARGET");
        buffer.clear();
    }

    /** A busybox awk program printing {@code lines} numbered lines of about 80 characters, every tenth one green. */
    private static String printer(long lines) {
        return "awk 'BEGIN { t = \"connector tunnel heartbeat ok, subaccount abcdef12-3456 region eu10 latency\"; "
                + "for (i = 1; i <= " + lines + "; i++) { if (i % 10 == 0) printf \"\\033[32m%09d %s\\033[0m\\n\", i, t; "
                + "else printf \"%09d %s\\n\", i, t } }'";
    }

    /**
     * Without a logback configuration every logger runs at DEBUG, and httpclient5 then logs each byte of the stream
     * ("wire" logging), which costs more than the whole pipeline. The application configures logging; so does this.
     */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }

    private static double cliSeconds(String container, boolean timestamps) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(timestamps
                ? List.of("docker", "logs", "-t", container) : List.of("docker", "logs", container))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("docker logs failed: " + process.exitValue());
        }
        return seconds(System.nanoTime() - start);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
