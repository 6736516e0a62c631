package dev.connectorconsole.upgrade;

import dev.connectorconsole.engine.BuildHandle;
import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.SandboxImageContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/** A newer sandbox connector: the sandbox image built to claim {@code version} ({@code sandbox --version}). */
public final class SandboxNewImage implements NewImage {
    private final EngineConnection engine;
    private final SandboxImageContext context;
    private final String version;
    private final String tag;
    private final Path workDir;
    private final Map<String, String> labels;

    /**
     * @param context the sandbox's build context (for a forced failure: {@link SandboxImageContext#neverReady()})
     * @param tag     usually {@link SandboxImageContext#imageTag}{@code (version)}
     * @param workDir an empty or absent folder for the build context
     */
    public SandboxNewImage(EngineConnection engine, SandboxImageContext context, String version, String tag,
                           Path workDir, Map<String, String> labels) {
        this.engine = engine;
        this.context = context.withVersion(version);
        this.version = version;
        this.tag = tag;
        this.workDir = workDir;
        this.labels = Map.copyOf(labels);
    }

    public static SandboxNewImage forVersion(EngineConnection engine, SandboxImageContext context, String version,
                                             Path workDir) {
        return new SandboxNewImage(engine, context, version, SandboxImageContext.imageTag(version), workDir, Map.of());
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String tag() {
        return tag;
    }

    @Override
    public void build(Consumer<String> progress, Cancellation cancellation) throws UpgradeException, InterruptedException {
        BuildContext prepared;
        try {
            progress.accept("Preparing the build context of the sandbox " + version);
            prepared = context.prepare(Files.createDirectories(workDir).resolve("context-" + System.nanoTime()));
        } catch (IOException e) {
            throw new UpgradeException("The build context could not be prepared: " + e.getMessage());
        }
        CompletableFuture<String> built = new CompletableFuture<>();
        BuildHandle handle = new ImageBuilder(engine).build(prepared.directory(), prepared.dockerfile(), tag, labels,
                new BuildListener() {
                    @Override public void contextSize(long bytes) {
                        progress.accept("Sending " + bytes / 1024 + " KiB of build context");
                    }
                    @Override public void line(String text) { }
                    @Override public void step(int current, int total, String instruction) {
                        progress.accept("Step " + current + "/" + total + ": " + instruction);
                    }
                    @Override public void succeeded(String imageId) { built.complete(imageId); }
                    @Override public void failed(String step, String message) {
                        built.completeExceptionally(new UpgradeException("Building " + tag + " failed"
                                + (step.isEmpty() ? "" : " at " + step) + ": " + message));
                    }
                });
        cancellation.onCancel(handle::cancel);
        try {
            built.get();
            progress.accept("Built " + tag);
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                throw new UpgradeException("The build of " + tag + " was cancelled.");
            }
            throw e.getCause() instanceof UpgradeException u ? u : new UpgradeException(String.valueOf(e.getCause()));
        }
    }
}
