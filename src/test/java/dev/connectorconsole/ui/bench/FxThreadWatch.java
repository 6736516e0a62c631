package dev.connectorconsole.ui.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread while it is {@link #armed}: the largest gap between two pulses (an animation timer keeps a
 * pulse due every frame, so a long gap is the FX thread busy or blocked), and a sampler on a thread of its own that
 * reads the FX thread's stack every millisecond and counts the samples caught in I/O: sockets, TLS, files, the engine
 * client, or waiting on another thread.
 */
final class FxThreadWatch {
    private static final List<String> BLOCKING = List.of("java.net.Socket", "java.net.InetAddress", "sun.nio.ch.",
            "sun.nio.fs.", "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.RandomAccessFile",
            "java.nio.file.Files", "javax.net.ssl.", "sun.security.ssl.", "com.github.dockerjava.", "java.net.http.",
            "jdk.internal.net.", "okhttp3.",
            "java.util.concurrent.CompletableFuture.join", "java.util.concurrent.CompletableFuture.get",
            "java.util.concurrent.FutureTask.get", "java.lang.Thread.sleep", "java.lang.Object.wait",
            "java.util.concurrent.locks.LockSupport.park");

    private volatile boolean armed;
    private volatile Thread fxThread;
    private final AtomicLong maxGapNanos = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong renderWaits = new AtomicLong();
    private final Map<String, Integer> blocked = new TreeMap<>();
    private long lastPulse;
    private final Map<String, Integer> profile = new java.util.HashMap<>();

    /** The busiest places of the FX thread while armed (with -Dfxwatch.profile), most samples first. */
    List<String> profile(int top) {
        synchronized (profile) {
            return profile.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(top).map(e -> e.getValue() + "  " + e.getKey()).toList();
        }
    }

    /** Starts the pulse timer (FX thread) and the sampler. */
    void start() {
        fxThread = Thread.currentThread();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (armed && lastPulse != 0) {
                    maxGapNanos.accumulateAndGet(now - lastPulse, Math::max);
                }
                lastPulse = now;
            }
        }.start();
        Thread sampler = new Thread(this::sample, "cc-bench-fx-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Counts from now (FX thread, so the gap starts at this pulse). */
    void arm() {
        lastPulse = 0;
        armed = true;
    }

    void disarm() {
        armed = false;
    }

    private void sample() {
        while (true) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
            Thread fx = fxThread;
            if (!armed || fx == null) {
                continue;
            }
            StackTraceElement[] stack = fx.getStackTrace();
            samples.incrementAndGet();
            if (stack.length == 0) {
                continue;
            }
            if (System.getProperty("fxwatch.profile") != null && !stack[0].getMethodName().equals("_runLoop")) {
                String top = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("dev.connectorconsole")
                        && !f.getClassName().contains("bench")).findFirst().map(StackTraceElement::toString)
                        .orElse(stack[0].toString());
                synchronized (profile) {
                    profile.merge(top, 1, Integer::sum);
                }
            }
            // Waiting for the render thread to finish the last frame is how a pulse ends, not I/O.
            if (Arrays.stream(stack).anyMatch(f -> f.getMethodName().equals("waitForRenderingToComplete"))) {
                renderWaits.incrementAndGet();
                continue;
            }
            // The FX thread idles in the native event loop; only frames above it that block count.
            for (StackTraceElement frame : stack) {
                String where = frame.getClassName() + "." + frame.getMethodName();
                if (where.startsWith("com.sun.glass.ui.gtk.GtkApplication._runLoop")) {
                    break;
                }
                if (BLOCKING.stream().anyMatch(where::startsWith)) {
                    synchronized (blocked) {
                        String key = where + " ← " + Arrays.stream(stack)
                                .filter(f -> f.getClassName().startsWith("dev.connectorconsole")).findFirst()
                                .map(StackTraceElement::toString).orElse("?");
                        blocked.merge(key, 1, Integer::sum);
                        if (System.getProperty("fxwatch.stacks") != null && blocked.get(key) == 1) {
                            System.err.println("FX thread blocked: " + key);
                            Arrays.stream(stack).limit(60).forEach(f -> System.err.println("    " + f));
                        }
                    }
                    break;
                }
            }
        }
    }

    long maxGapMillis() {
        return maxGapNanos.get() / 1_000_000;
    }

    long samples() {
        return samples.get();
    }

    /** Samples of the FX thread waiting for the render thread at the end of a pulse. */
    long renderWaits() {
        return renderWaits.get();
    }

    /** Samples caught in a blocking call, by the call and the app's frame that made it. */
    Map<String, Integer> blockedSamples() {
        synchronized (blocked) {
            return new TreeMap<>(blocked);
        }
    }
}
