package dev.connectorconsole.ui.guide;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.connectorconsole.guide.GuideProgress;
import dev.connectorconsole.guide.GuideProgressStore;
import dev.connectorconsole.guide.GuideStep;
import dev.connectorconsole.guide.GuideTarget;
import dev.connectorconsole.guide.SetupFacts;
import dev.connectorconsole.guide.SetupFactsReader;
import dev.connectorconsole.guide.SetupGuide;
import dev.connectorconsole.image.InstallerScan;
import dev.connectorconsole.image.InstallerScanner;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/**
 * The setup guide's seven steps, each done or pending from the real state, with the first pending one as "next".
 * Facts are read in the background; what only the user can tell (prerequisites, the checked installer folder, a
 * visited dashboard) is kept in {@code guide.json}.
 */
public final class GuideViewModel {
    /** Reads the facts of the engine and the connector; blocking. */
    @FunctionalInterface
    public interface FactsReader {
        SetupFactsReader.Reading read(GuideTarget target, GuideProgress progress);
    }

    private final FactsReader reader;
    private final GuideProgressStore store;
    private final Supplier<GuideTarget> target;
    private final BackgroundTasks tasks;

    private final ObservableList<GuideStep> steps = FXCollections.observableArrayList();
    private final ObservableList<String> installerProblems = FXCollections.observableArrayList();
    private final ObservableList<String> installerNotes = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper nextStep = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper prerequisitesConfirmed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper installerFolder = new ReadOnlyStringWrapper("");
    private GuideProgress progress;
    private SetupFacts measured = SetupFacts.nothingYet();
    private long generation;

    /** @param target the connector the app manages now; asked on the FX thread */
    public GuideViewModel(FactsReader reader, GuideProgressStore store, Supplier<GuideTarget> target,
                          BackgroundTasks tasks) {
        this.reader = Objects.requireNonNull(reader);
        this.store = Objects.requireNonNull(store);
        this.target = Objects.requireNonNull(target);
        this.tasks = Objects.requireNonNull(tasks);
        show();
    }

    /** Re-reads the real state (and, the first time, the remembered progress). */
    public void refresh() {
        long mine = ++generation;
        GuideTarget now = target.get();
        GuideProgress known = progress;
        reading.set(true);
        tasks.submit("read the setup state", () -> {
            GuideProgress current = known == null ? store.load() : known;
            return new Loaded(current, reader.read(now, current));
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            reading.set(false);
            if (progress == null) {
                progress = loaded.progress();
            }
            measured = loaded.reading().facts();
            problem.set(loaded.reading().problem().orElse(""));
            show();
        }, failure -> {
            if (mine == generation) {
                reading.set(false);
                problem.set("The setup state could not be read: " + failure.getMessage());
            }
        });
    }

    private record Loaded(GuideProgress progress, SetupFactsReader.Reading reading) {}

    public void confirmPrerequisites(boolean confirmed) {
        update(known -> known.withPrerequisitesConfirmed(confirmed));
    }

    /** Checks the folder with SAP's files in the background and remembers whether it is ready to build from. */
    public void checkInstallerFolder(Path folder) {
        installerFolder.set(folder.toString());
        installerProblems.setAll("Checking " + folder + "…");
        installerNotes.clear();
        tasks.submit("check " + folder, () -> InstallerScanner.scan(folder), (InstallerScan scan) -> {
            installerProblems.setAll(scan.problems());
            installerNotes.setAll(scan.notes());
            update(known -> known.withInstallerFolder(folder.toString(), scan.ready()));
        }, failure -> installerProblems.setAll("The folder could not be read: " + failure.getMessage()));
    }

    public void dashboardVisited() {
        if (progress == null || !progress.dashboardVisited()) {
            update(known -> known.withDashboardVisited(true));
        }
    }

    /** Changes the remembered progress; reads it first when this run has not yet, so nothing remembered is lost. */
    private void update(UnaryOperator<GuideProgress> edit) {
        if (progress != null) {
            change(edit.apply(progress));
            return;
        }
        tasks.submit("read the guide's progress", store::load, loaded -> {
            if (progress == null) {
                progress = loaded;
            }
            change(edit.apply(progress));
        }, failure -> problem.set("The guide's progress could not be read: " + failure.getMessage()));
    }

    private GuideProgress current() {
        return progress == null ? GuideProgress.none() : progress;
    }

    private void change(GuideProgress changed) {
        progress = changed;
        show();
        tasks.run("save the guide's progress", () -> store.save(changed),
                failure -> problem.set(failure.getMessage()));
    }

    private void show() {
        GuideProgress known = current();
        prerequisitesConfirmed.set(known.prerequisitesConfirmed());
        if (installerFolder.get().isEmpty() && known.installerFolder() != null) {
            installerFolder.set(known.installerFolder());
        }
        List<GuideStep> now = SetupGuide.steps(known.over(measured));
        // "next" first, so that listeners of the step list see it already updated
        nextStep.set(now.stream().filter(step -> !step.done()).mapToInt(GuideStep::number).findFirst().orElse(0));
        if (!now.equals(steps)) {
            steps.setAll(now);
        }
    }

    public ObservableList<GuideStep> steps() { return steps; }
    public ObservableList<String> installerProblems() { return installerProblems; }
    public ObservableList<String> installerNotes() { return installerNotes; }
    /** The first pending step's number, or 0 when everything is done. */
    public ReadOnlyIntegerProperty nextStepProperty() { return nextStep.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty readingProperty() { return reading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty prerequisitesConfirmedProperty() { return prerequisitesConfirmed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty installerFolderProperty() { return installerFolder.getReadOnlyProperty(); }
}
