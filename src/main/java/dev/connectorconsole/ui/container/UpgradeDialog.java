package dev.connectorconsole.ui.container;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.backups.BackupPasswordFields;
import dev.connectorconsole.ui.shell.Banner;
import dev.connectorconsole.upgrade.UpgradeOutcome;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Upgrade…": says what will happen, asks the new version and the backup password, then shows each step live
 * (waiting, running, done, failed) with cancel while building, and the outcome: upgraded, or rolled back with the
 * reason and whether the backup was restored. The work is {@link UpgradeViewModel}'s, off the FX thread.
 */
final class UpgradeDialog extends Dialog<Void> {
    private static final ButtonType UPGRADE = new ButtonType("Upgrade", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType STOP = new ButtonType("Cancel upgrade", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final UpgradeViewModel model;
    private final BackupPasswordFields password = new BackupPasswordFields();
    private final VBox form;
    private final VBox before;

    UpgradeDialog(Window owner, UpgradeViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Upgrade connector");
        setHeaderText(model.fromSapFiles() ? "Upgrade '" + model.container() + "' from SAP's files of a newer version"
                : "Upgrade '" + model.container() + "' to a newer sandbox build");
        getDialogPane().setId("upgrade-dialog");
        setResizable(true);

        Label running = new Label();
        running.setId("upgrade-running-version");
        running.textProperty().bind(Bindings.when(model.runningVersionProperty().isEmpty())
                .then("Reading the running version…").otherwise(Bindings.concat("Running now: version ",
                        model.runningVersionProperty())));
        TextField version = new TextField();
        version.setId("upgrade-version");
        version.setPrefColumnCount(10);
        version.textProperty().bindBidirectional(model.versionProperty());
        Label versionMessage = new Label();
        versionMessage.setId("upgrade-version-message");
        versionMessage.getStyleClass().add("field-error");
        versionMessage.textProperty().bind(model.versionMessageProperty());
        HBox versionRow = new HBox(10, new Label("New version"), version);
        versionRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!model.fromSapFiles()) {
            versionRow.getChildren().add(versionMessage);
        }
        Label plan = wrapped("");
        plan.setId("upgrade-plan");
        plan.textProperty().bind(Bindings.createStringBinding(() -> plan(model.versionProperty().get().trim(),
                model.fromSapFiles(), model.movesInto()), model.versionProperty()));
        model.passwordRememberedProperty().addListener((obs, old, now) -> password.remembered(now));
        password.remembered(model.passwordRememberedProperty().get());
        before = new VBox(10, plan, password.node());
        form = new VBox(10, running, versionRow, before);
        if (model.fromSapFiles()) {
            version.setEditable(false);
            versionMessage.setWrapText(true);
            versionMessage.setMinHeight(Region.USE_PREF_SIZE);
            versionMessage.managedProperty().bind(versionMessage.textProperty().isNotEmpty());
            form.getChildren().add(1, SapFilesRow.create(model, this::fit));
            form.getChildren().add(3, versionMessage);
        }

        Label problem = wrapped("");
        problem.setId("upgrade-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        VBox steps = new VBox(6);
        steps.setId("upgrade-steps");
        showSteps(steps);
        model.steps().addListener((ListChangeListener<UpgradeStepRow>) c -> showSteps(steps));
        steps.visibleProperty().bind(model.runningProperty().or(model.outcomeProperty().isNotNull()));
        steps.managedProperty().bind(steps.visibleProperty());
        Banner outcome = new Banner(Banner.Kind.INFO);
        outcome.setId("upgrade-outcome");
        outcome.visibleProperty().bind(model.outcomeProperty().isNotNull());
        outcome.managedProperty().bind(outcome.visibleProperty());
        outcome.text().setWrapText(true);
        outcome.text().setMinHeight(Region.USE_PREF_SIZE);
        outcome.title().setWrapText(true);
        model.outcomeProperty().addListener((obs, old, now) -> showOutcome(outcome, now));

        VBox content = new VBox(14, form, steps, outcome, problem);
        content.setPrefWidth(680);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(UPGRADE, ButtonType.CANCEL);
        Button confirm = (Button) getDialogPane().lookupButton(UPGRADE);
        confirm.setId("upgrade-confirm");
        confirm.disableProperty().bind(model.versionMessageProperty().isNotEmpty()
                .or(model.runningVersionProperty().isEmpty()));
        confirm.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            start();
        });
        model.runningProperty().addListener((obs, old, now) -> buttons());
        setOnCloseRequest(event -> {
            if (model.runningProperty().get()) {
                event.consume();
            }
        });
        setOnHidden(event -> password.clear());
        model.prepare();
    }

    private void start() {
        if (!password.check()) {
            fit();
            return;
        }
        model.start(password.typed(), password.rememberChosen());
        password.clear();
    }

    /** Upgrade and Cancel before, "Cancel upgrade" while it runs (only while building), Close after. */
    private void buttons() {
        boolean started = model.runningProperty().get() || model.outcomeProperty().get() != null;
        form.setDisable(started);
        before.setVisible(!started);
        before.setManaged(!started);
        if (model.runningProperty().get()) {
            getDialogPane().getButtonTypes().setAll(STOP);
            Button stop = (Button) getDialogPane().lookupButton(STOP);
            stop.setId("upgrade-cancel");
            stop.disableProperty().bind(model.cancellableProperty().not());
            stop.addEventFilter(ActionEvent.ACTION, event -> {
                event.consume();
                model.cancel();
            });
        } else {
            getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
            getDialogPane().lookupButton(ButtonType.CLOSE).setId("upgrade-close");
        }
        fit();
    }

    private void showSteps(VBox box) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints detailColumn = new javafx.scene.layout.ColumnConstraints();
        detailColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(fixed, fixed, detailColumn);
        int row = 0;
        for (UpgradeStepRow step : model.steps()) {
            String id = "upgrade-step-" + step.step().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Label state = new Label();
            state.setId(id + "-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            state.textProperty().bind(Bindings.createStringBinding(() -> step.stateProperty().get().text(),
                    step.stateProperty()));
            step.stateProperty().addListener((obs, old, now) -> colour(state, now));
            colour(state, step.stateProperty().get());
            Label title = new Label(step.step().title());
            title.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = wrapped("");
            detail.setId(id + "-detail");
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            detail.textProperty().bind(step.detailProperty());
            grid.addRow(row++, state, title, detail);
        }
        box.getChildren().setAll(grid);
        fit();
    }

    private static void colour(Label state, UpgradeStepRow.State now) {
        state.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.ACCENT, Styles.TEXT_MUTED);
        state.getStyleClass().add(switch (now) {
            case DONE -> Styles.SUCCESS;
            case FAILED -> Styles.DANGER;
            case RUNNING -> Styles.ACCENT;
            case WAITING, STOPPED -> Styles.TEXT_MUTED;
        });
    }

    private void showOutcome(Banner banner, UpgradeOutcome outcome) {
        if (outcome == null) {
            return;
        }
        banner.getStyleClass().removeAll("banner-info", "banner-warning", "banner-danger");
        banner.getStyleClass().add(switch (outcome.result()) {
            case UPGRADED -> "banner-info";
            case ROLLBACK_FAILED -> "banner-danger";
            default -> "banner-warning";
        });
        banner.title().setText(UpgradeTexts.title(outcome, model.versionProperty().get().trim()));
        banner.text().setText(outcome.message() + " " + UpgradeTexts.backup(outcome));
        buttons();
    }

    private static String plan(String version, boolean sapFiles, String movesInto) {
        String v = version.isEmpty() ? "the new version" : version;
        return "1. Back up the configuration into the app's folder (it appears on the Backups screen).\n"
                + (sapFiles ? "2. Build the image of " + v + " from the SAP downloads in the folder, tagged with its"
                        + " version; the old image stays.\n"
                        : "2. Build the sandbox image of " + v + ", tagged with its version; the old image stays.\n")
                + (movesInto == null
                        ? "3. Stop the container and recreate it from the new image on the same volumes and options.\n"
                        : "3. Stop the container and recreate it from the new image with the same options. Its"
                                + " configuration moves from its volume per folder into one new volume, " + movesInto
                                + ", so that the connector's own restore works; the old volumes stay, untouched.\n")
                + "4. Wait until the connector is Ready, then check it reports " + v + " and has all its subaccounts.\n"
                + "If a step fails, the old image is put back on the same volumes and, if the new version ran on"
                + " them, the backup is restored.";
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void fit() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

}
