package dev.connectorconsole.upgrade;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.SandboxImageContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        ImageBuildRun.build(engine, prepared, tag, labels, progress, cancellation);
    }
}
