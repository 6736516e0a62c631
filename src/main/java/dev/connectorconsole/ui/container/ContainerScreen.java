package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;

import java.io.File;
import java.util.Map;
import java.util.Optional;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.app.ContainerTarget.Kind;
import dev.connectorconsole.ui.shell.Banner;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.shell.StateBadge;

/** Image and container of the connector: build, run, stop, remove, with progress that never blocks the window. */
public final class ContainerScreen implements Screen {
    public static final String TITLE = "Container";
    public static final Ikon ICON = Feather.BOX;

    private final ContainerViewModel container;
    private final BuildViewModel build;
    private final Timeline poll;
    private final ContainerDialogs dialogs;
    private Node view;
    private SignInOffer signInOffer;
    private UpgradeViewModel upgrade;

    public ContainerScreen(ContainerViewModel container, BuildViewModel build, Duration refreshEvery) {
        this.container = container;
        this.build = build;
        this.dialogs = new ContainerDialogs(container, () -> view.getScene().getWindow());
        this.poll = new Timeline(new KeyFrame(refreshEvery, e -> container.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }

    @Override
    public Node view() {
        if (view == null) {
            view = buildView();
        }
        return view;
    }

    @Override
    public void activate() {
        container.refresh();
        poll.play();
    }

    @Override
    public void deactivate() {
        poll.stop();
    }

    @Override
    public void refresh() {
        container.refresh();
    }

    /** Shows "Sign in…" as the next step while the container is Ready and nobody is signed in to it. */
    public ContainerScreen offering(SignInOffer offer) {
        this.signInOffer = offer;
        return this;
    }

    /** Offers "Upgrade…" for a running container (a newer sandbox build; other kinds say why not). */
    public ContainerScreen upgrading(UpgradeViewModel upgrades) {
        this.upgrade = upgrades;
        return this;
    }

    /** Ctrl+Shift+S: start the container, or create it when there is none yet. */
    public void startOrCreate() {
        if (container.canStart().get()) {
            container.start();
        } else if (container.canCreate().get()) {
            container.create();
        }
    }

    private Node buildView() {
        Label title = new Label("Container");
        title.getStyleClass().add("screen-title");
        StateBadge badge = new StateBadge();
        badge.setId("container-state");
        container.stateProperty().addListener((obs, old, now) -> badge.show(now == null ? "" : now.name()));
        badge.show(container.stateProperty().get() == null ? "" : container.stateProperty().get().name());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            ContainerTarget t = container.targetProperty().get();
            return t.container() + " · image " + t.image();
        }, container.targetProperty()));
        HBox header = new HBox(12, title, badge, subtitle);
        header.getStyleClass().add("screen-header");

        Banner error = new Banner(Banner.Kind.DANGER);
        error.setId("container-error");
        error.title().setText("The last action failed");
        error.text().textProperty().bind(container.errorProperty());
        error.visibleProperty().bind(container.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Banner exposed = new Banner(Banner.Kind.WARNING);
        exposed.setId("container-exposed");
        exposed.title().setText("Other machines can reach this connector's admin page");
        exposed.text().textProperty().bind(container.publishWarning());
        exposed.visibleProperty().bind(container.publishWarning().isNotEmpty());
        exposed.managedProperty().bind(exposed.visibleProperty());

        VBox page = new VBox(16, header, error, exposed, nextStep(), containerCard(), imageCard(), buildProgress());
        page.getStyleClass().add("screen");
        page.setMaxWidth(1000);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node nextStep() {
        Banner next = new Banner(Banner.Kind.INFO);
        next.setId("container-next-step");
        if (signInOffer == null) {
            next.setVisible(false);
            next.setManaged(false);
            return next;
        }
        next.title().setText("The connector is ready: sign in to administer it");
        next.text().setText("Sign in as Administrator. A new connector asks for the initial password \"manage\" once "
                + "and then for a password of your own.");
        Button signIn = new Button("Sign in…");
        signIn.setId("container-sign-in");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setOnAction(e -> signInOffer.signIn());
        next.withActions(signIn);
        next.visibleProperty().bind(signInOffer.offeredProperty());
        next.managedProperty().bind(next.visibleProperty());
        return next;
    }

    private Node containerCard() {
        Label reason = new Label();
        reason.setId("container-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(container.stateReasonProperty());

        TextField port = new TextField();
        port.setId("host-port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(container.hostPortProperty());
        port.disableProperty().bind(container.busyProperty());
        Label portMessage = new Label();
        portMessage.setId("port-message");
        portMessage.getStyleClass().add("field-message");
        portMessage.textProperty().bind(container.portMessageProperty());
        Button useProposed = new Button();
        useProposed.setId("use-proposed-port");
        useProposed.textProperty().bind(Bindings.format("Use %d", container.proposedPortProperty()));
        useProposed.visibleProperty().bind(container.proposedPortProperty().greaterThan(0));
        useProposed.managedProperty().bind(useProposed.visibleProperty());
        useProposed.setOnAction(e -> container.useProposedPort());
        HBox portRow = new HBox(8, port, portMessage, useProposed);
        portRow.setAlignment(Pos.CENTER_LEFT);

        Label volumes = new Label();
        volumes.setId("container-volumes");
        volumes.getStyleClass().add("mono");
        volumes.setWrapText(true);
        volumes.textProperty().bind(Bindings.createStringBinding(() -> describeVolumes(container.volumes()),
                container.snapshotProperty(), container.targetProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        grid.addRow(0, muted("State"), reason);
        grid.addRow(1, muted("Host port"), portRow);
        grid.addRow(2, muted("Volumes"), volumes);

        Button create = action("Create and start", Feather.PLAY, "container-create", container.canCreate(), container::create);
        create.getStyleClass().add("accent");
        Button start = action("Start", Feather.PLAY, "container-start", container.canStart(), container::start);
        Button stop = action("Stop", Feather.SQUARE, "container-stop", container.canStop(), container::stop);
        Button restart = action("Restart", Feather.ROTATE_CW, "container-restart", container.canRestart(), container::restart);
        Button recreate = action("Recreate…", Feather.REFRESH_CW, "container-recreate", container.canRecreate(), () -> dialogs.confirmRecreate());
        Button remove = action("Remove…", Feather.TRASH_2, "container-remove", container.canRemove(), () -> dialogs.confirmRemove());
        remove.getStyleClass().add("danger");
        Button upgradeButton = action("Upgrade…", Feather.ARROW_UP_CIRCLE, "container-upgrade", container.canRestart(),
                () -> dialogs.upgrade(upgrade));
        upgradeButton.setVisible(upgrade != null);
        upgradeButton.setManaged(upgrade != null);
        create.visibleProperty().bind(container.snapshotProperty().isNull());
        create.managedProperty().bind(create.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(container.busyProperty());
        Label progress = new Label();
        progress.setId("container-progress");
        progress.getStyleClass().add("text-muted");
        progress.textProperty().bind(container.progressProperty());
        HBox buttons = new HBox(8, create, start, stop, restart, recreate, upgradeButton, remove, spinner,
                progress);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label noImage = new Label("There is no image yet: build it below first.");
        noImage.setId("no-image-hint");
        noImage.getStyleClass().add("text-muted");
        noImage.visibleProperty().bind(container.imagePresentProperty().isEqualTo(Boolean.FALSE)
                .and(container.snapshotProperty().isNull()));
        noImage.managedProperty().bind(noImage.visibleProperty());

        return card("Connector container", grid, buttons, noImage);
    }

    private Node imageCard() {
        Label present = new Label();
        present.setId("image-present");
        present.textProperty().bind(Bindings.createStringBinding(() -> {
            Boolean exists = container.imagePresentProperty().get();
            String image = container.targetProperty().get().image();
            return exists == null ? "Checking " + image + "…"
                    : !exists ? image + " is not built yet."
                    : container.targetProperty().get().kind() == Kind.ADOPTED ? image + " is present."
                    : image + " is present. Building again replaces it.";
        }, container.imagePresentProperty(), container.targetProperty()));

        Button chooseFolder = new Button("Choose download folder…", new FontIcon(Feather.FOLDER));
        chooseFolder.setId("choose-installer-folder");
        chooseFolder.disableProperty().bind(build.buildingProperty());
        chooseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder with the Cloud Connector and SAP JVM downloads");
            File folder = chooser.showDialog(chooseFolder.getScene().getWindow());
            if (folder != null) {
                build.chooseFolder(folder.toPath());
            }
        });
        Label folder = new Label();
        folder.getStyleClass().add("text-muted");
        folder.textProperty().bind(Bindings.createStringBinding(() -> build.folderProperty().get() == null
                ? "SAP's Cloud Connector (Linux, .zip or .tar.gz) and a matching SAP JVM"
                : build.folderProperty().get().toString(), build.folderProperty()));

        VBox problems = new VBox(4);
        problems.setId("scan-problems");
        Runnable showScan = () -> {
            problems.getChildren().clear();
            for (String problem : build.problems()) {
                Label line = new Label(problem, new FontIcon(Feather.X_CIRCLE));
                line.getStyleClass().add("field-message");
                line.setWrapText(true);
                problems.getChildren().add(line);
            }
            for (String note : build.notes()) {
                Label line = new Label(note, new FontIcon(Feather.INFO));
                line.getStyleClass().add("text-muted");
                line.setWrapText(true);
                problems.getChildren().add(line);
            }
        };
        build.problems().addListener((ListChangeListener<String>) c -> showScan.run());
        build.notes().addListener((ListChangeListener<String>) c -> showScan.run());

        Button showDockerfile = new Button("View Dockerfile", new FontIcon(Feather.FILE));
        showDockerfile.setId("view-dockerfile");
        showDockerfile.disableProperty().bind(build.dockerfileProperty().isEmpty());
        showDockerfile.setOnAction(e -> showDockerfile());
        Button buildImage = new Button("Build image", new FontIcon(Feather.TOOL));
        buildImage.setId("build-installer");
        buildImage.getStyleClass().add("accent");
        buildImage.disableProperty().bind(build.dockerfileProperty().isEmpty().or(build.buildingProperty()));
        buildImage.setOnAction(e -> build.buildFromInstaller(container.targetProperty().get().image()));
        HBox sapRow = new HBox(8, chooseFolder, showDockerfile, buildImage);
        sapRow.setAlignment(Pos.CENTER_LEFT);
        VBox sap = new VBox(8, sapRow, folder, problems);

        Button buildSandbox = new Button("Build sandbox image", new FontIcon(Feather.TOOL));
        buildSandbox.setId("build-sandbox");
        buildSandbox.getStyleClass().add("accent");
        buildSandbox.disableProperty().bind(build.buildingProperty());
        buildSandbox.setOnAction(e -> build.buildSandbox(container.targetProperty().get().image()));
        Label sandboxText = new Label("The sandbox image holds a small Java runtime and the emulator, built FROM scratch"
                + " from this app's own files on the engine. Nothing is downloaded.");
        sandboxText.setWrapText(true);
        sandboxText.getStyleClass().add("text-muted");
        VBox sandbox = new VBox(8, sandboxText, buildSandbox);

        sap.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> container.targetProperty().get().kind() == Kind.SAP_INSTALLER, container.targetProperty()));
        sap.managedProperty().bind(sap.visibleProperty());
        sandbox.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> container.targetProperty().get().kind() == Kind.SANDBOX, container.targetProperty()));
        sandbox.managedProperty().bind(sandbox.visibleProperty());
        Label adopted = new Label();
        adopted.setId("image-adopted");
        adopted.setWrapText(true);
        adopted.getStyleClass().add("text-muted");
        adopted.textProperty().bind(Bindings.createStringBinding(() -> "This container was made outside the app and runs"
                + " its own image, " + container.targetProperty().get().image() + ". The app does not know how that"
                + " image was built, so it offers no rebuild; start, stop, recreate and migrate keep using it.",
                container.targetProperty()));
        adopted.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> container.targetProperty().get().kind() == Kind.ADOPTED, container.targetProperty()));
        adopted.managedProperty().bind(adopted.visibleProperty());
        return card("Image", present, sap, sandbox, adopted);
    }

    private Node buildProgress() {
        Label step = new Label();
        step.setId("build-step");
        step.getStyleClass().add("build-step");
        step.textProperty().bind(build.stepProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(build.stepProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label size = new Label();
        size.setId("build-context-size");
        size.getStyleClass().add("text-muted");
        size.textProperty().bind(build.contextSizeProperty());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("build-cancel");
        cancel.visibleProperty().bind(build.buildingProperty());
        cancel.setOnAction(e -> build.cancel());
        HBox row = new HBox(10, bar, size, cancel);
        row.setAlignment(Pos.CENTER_LEFT);

        Banner failed = new Banner(Banner.Kind.DANGER);
        failed.setId("build-failure");
        failed.title().textProperty().bind(Bindings.createStringBinding(() -> build.failedStepProperty().get().isEmpty()
                ? "The build could not start" : "The build failed at " + build.failedStepProperty().get(),
                build.failedStepProperty()));
        failed.text().textProperty().bind(build.failureProperty());
        failed.visibleProperty().bind(build.failureProperty().isNotEmpty());
        failed.managedProperty().bind(failed.visibleProperty());

        ListView<String> output = new ListView<>(build.output());
        output.setId("build-output");
        output.getStyleClass().addAll("log-list", "build-output");
        output.setFixedCellSize(18);
        output.setPrefHeight(260);
        build.output().addListener((ListChangeListener<String>) c -> {
            if (!build.output().isEmpty()) {
                output.scrollTo(build.output().size() - 1);
            }
        });

        VBox box = card("Build", step, row, failed, output);
        box.visibleProperty().bind(build.stepProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showDockerfile() {
        TextArea text = new TextArea(build.dockerfileProperty().get());
        text.setEditable(false);
        text.getStyleClass().add("mono");
        text.setPrefSize(760, 480);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(view.getScene().getWindow());
        alert.setTitle("Dockerfile");
        alert.setHeaderText("Generated Dockerfile for " + container.targetProperty().get().image());
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
    }

    private static String describeVolumes(Map<String, String> volumes) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(volumes).forEach((name, path) -> text.append(text.length() == 0 ? "" : "\n").append(name).append(" → ").append(path));
        return text.length() == 0 ? "none" : text.toString();
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(90);
        return label;
    }

    private static Button action(String text, Feather icon, String id, javafx.beans.binding.BooleanBinding enabled,
                                 Runnable run) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(enabled.not());
        button.setOnAction(e -> run.run());
        return button;
    }

    private static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox card = new VBox(10, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(16));
        return card;
    }

}
