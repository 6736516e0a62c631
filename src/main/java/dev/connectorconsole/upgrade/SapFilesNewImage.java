package dev.connectorconsole.upgrade;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.image.BaseImage;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.BuildContextWriter;
import dev.connectorconsole.image.InstallerScan;
import dev.connectorconsole.image.SccPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A newer Cloud Connector built from SAP's downloads: the folder's {@link InstallerScan} written as the two-stage
 * context ({@link BuildContextWriter}) and built, tagged {@code connector-console/scc:<version>} so the old image stays.
 */
public final class SapFilesNewImage implements NewImage {
    /** The repository the app builds SAP's files into; the tag is the connector's version. */
    public static final String REPOSITORY = "connector-console/scc";

    /** Changes a written context before it is built (tests point its FROM lines at a local stand-in base). */
    @FunctionalInterface
    public interface ContextAdjustment {
        ContextAdjustment NONE = context -> { };

        void adjust(BuildContext context) throws IOException;
    }

    private final EngineConnection engine;
    private final InstallerScan scan;
    private final BaseImage base;
    private final String tag;
    private final Path workDir;
    private final Map<String, String> labels;
    private final ContextAdjustment adjustment;

    /**
     * @param scan    a ready scan of the new downloads ({@link #problem} is empty)
     * @param tag     usually {@link #tagFor}{@code (version)}
     * @param workDir an empty or absent folder for the build context
     */
    public SapFilesNewImage(EngineConnection engine, InstallerScan scan, BaseImage base, String tag, Path workDir,
                            Map<String, String> labels, ContextAdjustment adjustment) {
        if (!problem(scan).isEmpty()) {
            throw new IllegalArgumentException(problem(scan));
        }
        this.engine = engine;
        this.scan = scan;
        this.base = base;
        this.tag = tag;
        this.workDir = workDir;
        this.labels = Map.copyOf(labels);
        this.adjustment = adjustment;
    }

    /** The tag of the image built from SAP's files of {@code version}, e.g. {@code connector-console/scc:2.19.1}. */
    public static String tagFor(String version) {
        return REPOSITORY + ":" + version.trim();
    }

    /** Empty when the folder holds a Cloud Connector and a Java that pair, else what is wrong, for the user. */
    public static String problem(InstallerScan scan) {
        if (!scan.problems().isEmpty()) {
            return String.join(" ", scan.problems().stream().map(p -> p.endsWith(".") ? p : p + ".").toList());
        }
        if (scan.scc().isEmpty() || scan.jvm().isEmpty()) {
            return "The folder needs both the Cloud Connector download and a Java download.";
        }
        if (scan.pairing().isEmpty()) {
            return scan.scc().get().fileName() + " cannot run on " + scan.jvm().get().displayName()
                    + ": choose downloads that belong together.";
        }
        return "";
    }

    /** One line on what will be built, e.g. "Cloud Connector 2.19.1 (portable) with SapMachine 21 from sapcc-…". */
    public static String describe(InstallerScan scan) {
        SccPackage scc = scan.scc().orElseThrow();
        return "Cloud Connector " + scc.version() + " (" + scc.kind().label() + ") with "
                + scan.jvm().orElseThrow().displayName() + ", from " + scc.fileName() + " and "
                + scan.jvm().get().fileName();
    }

    @Override
    public String version() {
        return scan.scc().orElseThrow().version().toString();
    }

    @Override
    public String tag() {
        return tag;
    }

    @Override
    public void build(Consumer<String> progress, Cancellation cancellation) throws UpgradeException, InterruptedException {
        BuildContext prepared;
        try {
            progress.accept("Preparing the build context: " + describe(scan));
            prepared = BuildContextWriter.write(scan, base,
                    Files.createDirectories(workDir).resolve("context-" + System.nanoTime()));
            adjustment.adjust(prepared);
            progress.accept("Build context ready: " + prepared.describe() + " on " + base.displayName());
        } catch (IOException e) {
            throw new UpgradeException("The build context could not be prepared: " + e.getMessage());
        }
        ImageBuildRun.build(engine, prepared, tag, labels, progress, cancellation);
    }
}
