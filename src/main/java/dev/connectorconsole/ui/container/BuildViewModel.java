package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerService;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.connectorconsole.engine.BuildHandle;
import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.image.BaseImage;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.BuildContextWriter;
import dev.connectorconsole.image.DockerfileGenerator;
import dev.connectorconsole.image.InstallerScan;
import dev.connectorconsole.image.InstallerScanner;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.BatchedDelivery;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * Building the connector image: scan the SAP downloads (problems shown before anything is built), show the generated
 * Dockerfile, then build with live output, the current step, the context size, cancel, and the failing step.
 */
public final class BuildViewModel {
    static final int MAX_OUTPUT_LINES = 5_000;

    private final ContainerService service;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Path workDir;
    private final Runnable onBuilt;
    private final Map<String, String> extraLabels;

    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<InstallerScan> scan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dockerfile = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper stepProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper contextSize = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failedStep = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ObservableList<String> output = FXCollections.observableArrayList();
    private BuildHandle handle;
    private long generation;

    public BuildViewModel(ContainerService service, BackgroundTasks tasks, Notifier notifier, Path workDir,
                          Map<String, String> extraLabels, Runnable onBuilt) {
        this.service = service;
        this.tasks = tasks;
        this.notifier = notifier;
        this.workDir = workDir;
        this.extraLabels = Map.copyOf(extraLabels);
        this.onBuilt = onBuilt;
    }

    /** Looks at what the folder holds; problems and the Dockerfile appear before anything is built. */
    public void chooseFolder(Path chosen) {
        folder.set(chosen);
        scan.set(null);
        problems.clear();
        notes.clear();
        dockerfile.set("");
        scanning.set(true);
        tasks.submit("scan " + chosen, () -> {
            InstallerScan found = InstallerScanner.scan(chosen);
            String text = found.ready() ? DockerfileGenerator.generate(found, BaseImage.defaultImage()) : "";
            return new ScanResult(found, text);
        }, done -> {
            scanning.set(false);
            scan.set(done.scan());
            problems.setAll(done.scan().problems());
            notes.setAll(done.scan().notes());
            dockerfile.set(done.dockerfile());
        }, error -> {
            scanning.set(false);
            problems.setAll("The folder could not be read: " + error.getMessage());
        });
    }

    private record ScanResult(InstallerScan scan, String dockerfile) { }

    /** Builds the connector image from the scanned SAP downloads. */
    public void buildFromInstaller(String tag) {
        InstallerScan ready = scan.get();
        if (ready == null || !ready.ready() || building.get()) {
            return;
        }
        startBuild(tag, () -> BuildContextWriter.write(ready, BaseImage.defaultImage(),
                ContextFolders.fresh(workDir.resolve("scc-context"))));
    }

    /** Builds the sandbox connector's image (FROM scratch with a minimal Java runtime). */
    public void buildSandbox(String tag) {
        if (!building.get()) {
            startBuild(tag, () -> service.prepareSandboxContext(ContextFolders.fresh(workDir.resolve("sandbox-context"))));
        }
    }

    /** Builds from a prepared context (a folder with a Dockerfile). */
    public void buildContext(String tag, BuildContext context) {
        if (!building.get()) {
            startBuild(tag, () -> context);
        }
    }

    private void startBuild(String tag, java.util.concurrent.Callable<BuildContext> prepare) {
        long myGeneration = ++generation;
        building.set(true);
        output.clear();
        step.set("Preparing the build context…");
        stepProgress.set(-1);
        contextSize.set("");
        failedStep.set("");
        failure.set("");
        result.set("");
        BatchedDelivery<String> lines = new BatchedDelivery<>(tasks.deliveryExecutor(), this::appendOutput);
        tasks.submitLong("build " + tag, () -> {
            BuildContext context = prepare.call();
            return service.build(context, tag, extraLabels,
                    listener(myGeneration, tag, lines));
        }, started -> {
            if (myGeneration == generation) {
                handle = started;
            } else {
                started.cancel();
            }
        }, error -> finishFailed(myGeneration, tag, "", String.valueOf(error.getMessage())));
    }

    private BuildListener listener(long myGeneration, String tag, BatchedDelivery<String> lines) {
        var deliver = tasks.deliveryExecutor();
        return new BuildListener() {
            @Override
            public void contextSize(long bytes) {
                deliver.execute(() -> contextSize.set("Build context: " + humanBytes(bytes)));
            }

            @Override
            public void line(String text) {
                lines.add(text);
            }

            @Override
            public void step(int current, int total, String instruction) {
                deliver.execute(() -> {
                    step.set("Step " + current + " of " + total + ": " + instruction);
                    stepProgress.set(total == 0 ? -1 : (current - 1) / (double) total);
                });
            }

            @Override
            public void succeeded(String imageId) {
                deliver.execute(() -> {
                    if (myGeneration != generation) {
                        return;
                    }
                    building.set(false);
                    handle = null;
                    stepProgress.set(1);
                    step.set("Built " + tag);
                    result.set("Image " + tag + " is ready.");
                    notifier.success("Image built", tag + " is ready.");
                    onBuilt.run();
                });
            }

            @Override
            public void failed(String failingStep, String message) {
                deliver.execute(() -> finishFailed(myGeneration, tag, failingStep, message));
            }
        };
    }

    private void finishFailed(long myGeneration, String tag, String failingStep, String message) {
        if (myGeneration != generation) {
            return;
        }
        building.set(false);
        handle = null;
        failedStep.set(failingStep);
        failure.set(message);
        step.set(failingStep.isEmpty() ? "The build did not start" : "Failed at " + failingStep);
        notifier.failure("Build of " + tag + " failed", (failingStep.isEmpty() ? "" : failingStep + ": ") + message);
    }

    public void cancel() {
        BuildHandle running = handle;
        if (running != null) {
            step.set("Cancelling…");
            tasks.run("cancel build", running::cancel, error -> { });
        }
    }

    private void appendOutput(List<String> batch) {
        output.addAll(batch);
        int excess = output.size() - MAX_OUTPUT_LINES;
        if (excess > 0) {
            output.remove(0, excess);
        }
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format("%.1f %s", value, units[unit]);
    }

    public ReadOnlyObjectProperty<Path> folderProperty() { return folder.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<InstallerScan> scanProperty() { return scan.getReadOnlyProperty(); }
    public ObservableList<String> problems() { return problems; }
    public ObservableList<String> notes() { return notes; }
    public ReadOnlyStringProperty dockerfileProperty() { return dockerfile.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty scanningProperty() { return scanning.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty buildingProperty() { return building.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty stepProgressProperty() { return stepProgress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty contextSizeProperty() { return contextSize.getReadOnlyProperty(); }
    public ReadOnlyStringProperty failedStepProperty() { return failedStep.getReadOnlyProperty(); }
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ObservableList<String> output() { return output; }
}
