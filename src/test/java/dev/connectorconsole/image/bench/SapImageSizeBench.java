package dev.connectorconsole.image.bench;

import dev.connectorconsole.common.IntermediateStage;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineLocator;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.image.AwaitedBuild;
import dev.connectorconsole.image.BaseImage;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.BuildContextWriter;
import dev.connectorconsole.image.FakeRhelBase;
import dev.connectorconsole.image.ImageLayers;
import dev.connectorconsole.image.InstallerScan;
import dev.connectorconsole.image.InstallerScanner;
import dev.connectorconsole.image.RunnableSapDownloads;
import dev.connectorconsole.image.SingleStageDockerfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Final size and build time of the SAP image from the same fake downloads (a portable connector and a SapMachine JDK,
 * each {@code installer MB} of random bytes), built once with the single-stage Dockerfile the app wrote before and
 * once with today's two-stage one, on the fake RHEL base through the app's builder. Every round makes new downloads so
 * no layer comes from the build cache. Sizes are the engine's image size (base included, MB = 10^6 bytes as
 * {@code docker images} shows them). Run after building the test classes:
 * {@code java -cp "target/classes:target/test-classes:<test classpath>" dev.connectorconsole.image.bench.SapImageSizeBench 3 100}.
 */
public final class SapImageSizeBench {
    private record Result(String layout, long imageBytes, long millis, long downloadBytesInLayers, int stagesLeft) {}

    private SapImageSizeBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        long installerBytes = (args.length > 1 ? Long.parseLong(args[1]) : 100) << 20;
        EngineConnection engine = EngineConnection.open(EngineLocator.locate());
        engine.ping();
        String base = FakeRhelBase.build(engine);
        ImageBuilder images = new ImageBuilder(engine);
        List<Result> results = new ArrayList<>();
        try {
            System.out.printf(Locale.ROOT, "SAP image size bench: %d round(s), connector and JVM downloads of %d MiB"
                    + " each (random bytes), fake RHEL base %s%n", rounds, installerBytes >> 20, base);
            for (int round = 1; round <= rounds; round++) {
                Path work = Files.createTempDirectory("cc-test-size-bench-");
                try {
                    InstallerScan scan = downloads(work.resolve("downloads"), installerBytes);
                    boolean singleFirst = round % 2 == 1;
                    for (boolean single : singleFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                        Result result = null;
                        for (int attempt = 1; result == null; attempt++) {
                            try {
                                result = build(engine, base, scan, single, work.resolve((single ? "single" : "two")
                                        + "-" + attempt));
                            } catch (AssertionError | RuntimeException e) {
                                if (attempt == 3 || images.imageExists(base)) {
                                    throw e;
                                }
                                // another engineer's test session clears cc-test-… images when it starts
                                System.out.println("(the fake base was removed during the build: building it again)");
                                base = FakeRhelBase.build(engine);
                            }
                        }
                        results.add(result);
                        print("round " + round, result);
                    }
                } finally {
                    deleteTree(work);
                }
            }
            System.out.println("median over " + rounds + " round(s):");
            for (String layout : List.of("single-stage", "two-stage")) {
                List<Result> of = results.stream().filter(r -> r.layout().equals(layout)).toList();
                print("  ", new Result(layout, median(of, Result::imageBytes), median(of, Result::millis),
                        median(of, Result::downloadBytesInLayers), of.get(0).stagesLeft()));
            }
        } finally {
            FakeRhelBase.remove(engine, base);
            engine.close();
        }
    }

    private static InstallerScan downloads(Path folder, long bytes) throws IOException {
        long seed = System.nanoTime();
        RunnableSapDownloads.portableTgz(folder, "2.19.1", bytes, seed);
        RunnableSapDownloads.sapMachineJdk(folder, "21.0.12", bytes, seed);
        InstallerScan scan = InstallerScanner.scan(folder);
        if (!scan.ready()) {
            throw new IllegalStateException("fake downloads not usable: " + scan.problems());
        }
        return scan;
    }

    private static Result build(EngineConnection engine, String base, InstallerScan scan, boolean single, Path dir)
            throws Exception {
        BuildContext context = BuildContextWriter.write(scan, BaseImage.ROCKY_LINUX_9, dir);
        if (single) {
            Files.writeString(context.dockerfile(), SingleStageDockerfile.generate(scan, BaseImage.ROCKY_LINUX_9));
        }
        FakeRhelBase.retarget(context, BaseImage.ROCKY_LINUX_9, base);
        String tag = "cc-test-size-bench-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            AwaitedBuild build = new AwaitedBuild();
            long start = System.nanoTime();
            new ImageBuilder(engine).build(context.directory(), context.dockerfile(), context.platform(), tag,
                    FakeRhelBase.TEST_LABELS, build);
            String id = build.imageId(900);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long size = engine.client().inspectImageCmd(id).exec().getSize();
            ImageLayers layers = ImageLayers.of(engine.client(), id);
            long downloadBytes = Stream.of(scan.scc().orElseThrow().fileName(), scan.jvm().orElseThrow().fileName())
                    .flatMap(name -> layers.copiesOf(name).stream()).mapToLong(ImageLayers.File::size).sum();
            int stagesLeft = engine.client().listImagesCmd().withDanglingFilter(true).exec().stream()
                    .filter(i -> i.getLabels() != null && i.getLabels().containsKey(IntermediateStage.LABEL))
                    .toList().size();
            return new Result(single ? "single-stage" : "two-stage", size, millis, downloadBytes, stagesLeft);
        } finally {
            FakeRhelBase.remove(engine, tag);
        }
    }

    private static void print(String prefix, Result result) {
        System.out.printf(Locale.ROOT, "%s %-12s image %7.1f MB, build %6.1f s, downloads kept in layers %6.1f MB,"
                        + " unpack-stage images left on the engine: %d%n", prefix, result.layout(),
                result.imageBytes() / 1e6, result.millis() / 1000.0, result.downloadBytesInLayers() / 1e6,
                result.stagesLeft());
    }

    private static long median(List<Result> results, java.util.function.ToLongFunction<Result> value) {
        long[] sorted = results.stream().mapToLong(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
