package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.upgrade.Cancellation;
import dev.connectorconsole.upgrade.UpgradeOutcome;
import dev.connectorconsole.upgrade.UpgradeStep;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The upgrade of the Container screen's connector: the running version read through the sign-in, the version to
 * build (a sandbox: the next patch by default; built from SAP's files or adopted: the version of the new downloads in
 * the folder the user checks), then the run on a long-running background thread ({@link ConnectorUpgrades})
 * with each step's state, cancel while it is still safe, and the outcome. Nothing here runs I/O on the FX thread.
 */
public final class UpgradeViewModel {
    private static final EnumSet<UpgradeStep> CANCELLABLE = EnumSet.of(UpgradeStep.CHECK, UpgradeStep.BACKUP,
            UpgradeStep.BUILD);
    private static final String NO_FOLDER = "Choose the folder with the new SAP downloads and check it";

    private final ConnectorUpgrades upgrades;
    private final BackgroundTasks tasks;
    private final Supplier<Optional<SccClient>> signedIn;
    private final ContainerViewModel container;
    private final ReadOnlyStringWrapper runningVersion = new ReadOnlyStringWrapper("");
    private final StringProperty version = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper versionMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper passwordRemembered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<UpgradeOutcome> outcome = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<UpgradeStepRow> steps = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sapFiles = new ReadOnlyStringWrapper("");
    private Path checkedFolder;
    private Cancellation cancellation = new Cancellation();
    private Consumer<String> upgraded = image -> { };
    private String movesInto;

    public UpgradeViewModel(ConnectorUpgrades upgrades, BackgroundTasks tasks, Supplier<Optional<SccClient>> signedIn,
                            ContainerViewModel container) {
        this.upgrades = upgrades;
        this.tasks = tasks;
        this.signedIn = signedIn;
        this.container = container;
        version.addListener((obs, old, now) -> {
            if (!fromSapFiles()) {
                versionMessage.set(runningVersion.get().isEmpty() ? ""
                        : ConnectorUpgrades.versionProblem(runningVersion.get(), now));
            }
        });
        folder.addListener((obs, old, now) -> {
            if (fromSapFiles() && (checkedFolder == null || !checkedFolder.toString().equals(now.trim()))) {
                checkedFolder = null;
                version.set("");
                sapFiles.set("");
                versionMessage.set(NO_FOLDER);
            }
        });
    }

    /**
     * {@code newImage} gets the new image's tag after a successful upgrade (FX thread): the profile and the screen
     * name it from then on, so that a later recreate does not go back to the old version.
     */
    public UpgradeViewModel afterUpgrade(Consumer<String> newImage) {
        this.upgraded = newImage;
        return this;
    }

    /**
     * Whether an upgrade is offered for the screen's container, and why not.
     *
     * @param configurationInContainer a recreate would lose configuration kept in the container's writable layer
     */
    public ConnectorUpgrades.Offer offer(boolean configurationInContainer) {
        return ConnectorUpgrades.offer(target().kind(), configurationInContainer);
    }

    /** The one new volume the container's state moves into on the upgrade (from a volume per folder); null: none. */
    void movesInto(String volume) {
        this.movesInto = volume;
    }

    String movesInto() {
        return movesInto;
    }

    /** True when the new image is built from SAP's downloads (built from SAP's files, or adopted). */
    public boolean fromSapFiles() {
        return ConnectorUpgrades.fromSapFiles(target().kind());
    }

    /** Checks the folder of new SAP downloads in the background: pairing, version newer than the running one. */
    public void checkFolder() {
        Path chosen;
        try {
            chosen = Path.of(folder.get().trim());
        } catch (InvalidPathException e) {
            versionMessage.set("Not a folder path: " + e.getReason());
            return;
        }
        if (folder.get().isBlank()) {
            versionMessage.set(NO_FOLDER);
            return;
        }
        versionMessage.set("Checking " + chosen + "…");
        tasks.submit("check the SAP downloads in " + chosen, () -> ConnectorUpgrades.scan(chosen), files -> {
            if (!folder.get().trim().equals(chosen.toString())) {
                return;
            }
            String problem = runningVersion.get().isEmpty() ? files.problem()
                    : ConnectorUpgrades.sapFilesProblem(runningVersion.get(), files);
            checkedFolder = problem.isEmpty() ? chosen : null;
            sapFiles.set(files.description());
            version.set(problem.isEmpty() ? files.version() : "");
            versionMessage.set(problem);
        }, failure -> versionMessage.set("The folder could not be read: " + failure.getMessage()));
    }

    public boolean signedIn() {
        return signedIn.get().isPresent();
    }

    /** Reads the running version and whether a backup password is remembered, in the background. */
    public void prepare() {
        Optional<SccClient> client = signedIn.get();
        outcome.set(null);
        problem.set("");
        steps.setAll(List.of(new UpgradeStepRow(UpgradeStep.CHECK), new UpgradeStepRow(UpgradeStep.BACKUP),
                new UpgradeStepRow(UpgradeStep.BUILD), new UpgradeStepRow(UpgradeStep.REPLACE)));
        if (client.isEmpty()) {
            problem.set("Sign in to this connector first: the upgrade backs it up and checks it through the sign-in.");
            return;
        }
        String name = target().container();
        tasks.submit("read the running version", () -> new Prepared(client.get().version(),
                upgrades.passwordRemembered(name)), prepared -> {
                    runningVersion.set(prepared.version());
                    passwordRemembered.set(prepared.remembered());
                    if (fromSapFiles()) {
                        checkedFolder = null;
                        version.set("");
                        versionMessage.set(NO_FOLDER);
                        if (!folder.get().isBlank()) {
                            checkFolder();
                        }
                        return;
                    }
                    version.set(ConnectorUpgrades.nextPatch(prepared.version()));
                    versionMessage.set(ConnectorUpgrades.versionProblem(prepared.version(), version.get()));
                }, failure -> problem.set("The running version could not be read: " + failure.getMessage()));
    }

    private record Prepared(String version, boolean remembered) {}

    /** Starts the upgrade with the typed backup password, or the remembered one when {@code typed} is empty. */
    public void start(Optional<Secret> typed, boolean remember) {
        Optional<SccClient> client = signedIn.get();
        if (running.get() || client.isEmpty() || !versionMessage.get().isEmpty() || runningVersion.get().isEmpty()
                || (fromSapFiles() && checkedFolder == null)) {
            return;
        }
        String name = target().container();
        String wanted = version.get().trim();
        cancellation = new Cancellation();
        Cancellation current = cancellation;
        running.set(true);
        cancellable.set(true);
        problem.set("");
        container.hold(true, "Upgrading " + name + " to " + wanted + "…");
        ConnectorUpgrades.Request request = new ConnectorUpgrades.Request(name, wanted, client.get(), typed, remember,
                fromSapFiles() ? Optional.of(checkedFolder) : Optional.empty());
        tasks.submitLong("upgrade " + name, () -> upgrades.run(request, (step, text) ->
                tasks.deliveryExecutor().execute(() -> progress(step, text)), current), this::finish, failure -> {
                    running.set(false);
                    cancellable.set(false);
                    container.hold(false, "");
                    problem.set("The upgrade did not start: " + failure.getMessage());
                });
    }

    /** Asks the upgrade to stop; honoured before the container is touched (while checking, backing up, building). */
    public void cancel() {
        if (cancellable.get()) {
            cancellable.set(false);
            cancellation.cancel();
        }
    }

    private void progress(UpgradeStep step, String text) {
        UpgradeStepRow row = row(step);
        for (UpgradeStepRow other : steps) {
            if (other != row && other.stateProperty().get() == UpgradeStepRow.State.RUNNING) {
                other.stateProperty().set(UpgradeStepRow.State.DONE);
            }
        }
        row.stateProperty().set(UpgradeStepRow.State.RUNNING);
        row.detailProperty().set(text);
        if (!CANCELLABLE.contains(step)) {
            cancellable.set(false);
        }
    }

    private UpgradeStepRow row(UpgradeStep step) {
        return steps.stream().filter(r -> r.step() == step).findFirst().orElseGet(() -> {
            UpgradeStepRow added = new UpgradeStepRow(step);
            steps.add(added);
            return added;
        });
    }

    private void finish(UpgradeOutcome done) {
        UpgradeStepRow.State last = switch (done.result()) {
            case UPGRADED, ROLLED_BACK, ROLLED_BACK_AND_RESTORED -> UpgradeStepRow.State.DONE;
            case CANCELLED -> UpgradeStepRow.State.STOPPED;
            case NOT_CHANGED, ROLLBACK_FAILED -> UpgradeStepRow.State.FAILED;
        };
        boolean rolledBack = steps.stream().anyMatch(r -> r.step() == UpgradeStep.ROLL_BACK);
        for (UpgradeStepRow row : steps) {
            boolean rollbackRow = row.step() == UpgradeStep.ROLL_BACK || row.step() == UpgradeStep.RESTORE;
            if (rolledBack && row.step() == UpgradeStep.REPLACE) {
                row.stateProperty().set(UpgradeStepRow.State.FAILED);
            } else if (row.stateProperty().get() == UpgradeStepRow.State.RUNNING) {
                row.stateProperty().set(rollbackRow || !rolledBack ? last : UpgradeStepRow.State.DONE);
            }
        }
        running.set(false);
        cancellable.set(false);
        if (done.succeeded()) {
            upgraded.accept(upgrades.tagFor(target().kind(), version.get()));
        }
        outcome.set(done);
        container.hold(false, "");
    }

    private ContainerTarget target() {
        return container.targetProperty().get();
    }

    public ReadOnlyStringProperty runningVersionProperty() { return runningVersion.getReadOnlyProperty(); }
    public StringProperty versionProperty() { return version; }
    public ReadOnlyStringProperty versionMessageProperty() { return versionMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty passwordRememberedProperty() { return passwordRemembered.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty cancellableProperty() { return cancellable.getReadOnlyProperty(); }
    public ObjectProperty<UpgradeOutcome> outcomeProperty() { return outcome; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ObservableList<UpgradeStepRow> steps() { return steps; }
    public String container() { return target().container(); }
    /** The folder with the new SAP downloads, as typed or chosen. */
    public StringProperty folderProperty() { return folder; }
    /** What the checked downloads would build, empty until a folder passed the check. */
    public ReadOnlyStringProperty sapFilesProperty() { return sapFiles.getReadOnlyProperty(); }
}
