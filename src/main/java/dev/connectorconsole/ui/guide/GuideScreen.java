package dev.connectorconsole.ui.guide;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.guide.GuideStep;
import dev.connectorconsole.ui.shell.Banner;
import dev.connectorconsole.ui.shell.Screen;

/**
 * The path from nothing to a connected subaccount as seven cards: done ones ticked, the next one highlighted, each
 * with the button that does it. Reopen it at any time from the navigation.
 */
public final class GuideScreen implements Screen {
    public static final String TITLE = "Setup guide";
    public static final Ikon ICON = Feather.MAP;

    private final GuideViewModel model;
    private final GuideActions actions;
    private final VBox list = new VBox(10);
    private Node view;

    public GuideScreen(GuideViewModel model, GuideActions actions) {
        this.model = model;
        this.actions = actions;
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    @Override public void activate() { model.refresh(); }
    @Override public void refresh() { model.refresh(); }

    private Node build() {
        Label title = new Label("Setup guide");
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label();
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setId("guide-summary");
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            long done = model.steps().stream().filter(GuideStep::done).count();
            return model.nextStepProperty().get() == 0
                    ? "All " + model.steps().size() + " steps are done: your connector is set up."
                    : done + " of " + model.steps().size() + " steps done. Each step turns done as the real state "
                    + "changes.";
        }, model.steps(), model.nextStepProperty()));
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(18, 18);
        reading.visibleProperty().bind(model.readingProperty());
        Button refresh = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("guide-refresh");
        refresh.setTooltip(new Tooltip("Check the engine and the connector again (F5)"));
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(4, title, subtitle), spacer, reading, refresh);
        header.getStyleClass().add("screen-header");

        Banner problem = new Banner(Banner.Kind.WARNING);
        problem.setId("guide-problem");
        problem.title().setText("Part of the state could not be read");
        problem.text().textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        list.getStyleClass().add("guide-steps");
        model.steps().addListener((ListChangeListener<GuideStep>) change -> rebuild());
        model.nextStepProperty().addListener((obs, old, now) -> rebuild());
        model.installerProblems().addListener((ListChangeListener<String>) change -> rebuild());
        model.installerNotes().addListener((ListChangeListener<String>) change -> rebuild());
        rebuild();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox root = new VBox(header, problem, scroll);
        root.getStyleClass().addAll("screen", "guide-screen");
        root.getStylesheets().add(GuideScreen.class.getResource("guide.css").toExternalForm());
        return root;
    }

    private void rebuild() {
        list.getChildren().setAll(model.steps().stream().map(this::row).toList());
    }

    private Node row(GuideStep step) {
        boolean next = step.number() == model.nextStepProperty().get();
        StackPane marker = new StackPane();
        marker.getStyleClass().add("guide-marker");
        if (step.done()) {
            marker.getChildren().add(new FontIcon(Feather.CHECK));
        } else {
            marker.getChildren().add(new Label(String.valueOf(step.number())));
        }
        Label title = new Label(step.title());
        title.getStyleClass().add("guide-step-title");
        Label state = new Label(step.done() ? "Done" : next ? "Next" : "To do");
        state.getStyleClass().add("guide-step-state");
        state.setId("guide-step-" + step.number() + "-state");
        Label details = new Label(step.details());
        details.getStyleClass().add("guide-step-details");
        details.setWrapText(true);
        VBox body = new VBox(6, new HBox(10, title, state), details);
        extra(step).ifPresent(body.getChildren()::add);
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);

        HBox row = new HBox(14, marker, body);
        action(step).ifPresent(button -> {
            button.setId("guide-step-" + step.number() + "-action");
            if (next) {
                button.getStyleClass().add("accent");
            }
            VBox holder = new VBox(button);
            holder.setAlignment(Pos.TOP_RIGHT);
            holder.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(holder);
        });
        row.setId("guide-step-" + step.number());
        row.getStyleClass().addAll("card", "guide-step", step.done() ? "guide-step-done" : "guide-step-pending");
        if (next) {
            row.getStyleClass().add("guide-step-next");
        }
        return row;
    }

    private java.util.Optional<Node> extra(GuideStep step) {
        if (step.number() == 1) {
            CheckBox have = new CheckBox("I have these");
            have.setId("guide-prerequisites");
            // The box shows the step's state; a connected subaccount proves the prerequisites without the user's word.
            boolean proven = step.done() && !model.prerequisitesConfirmedProperty().get();
            have.setSelected(step.done());
            have.setDisable(proven);
            have.selectedProperty().addListener((obs, old, now) -> model.confirmPrerequisites(now));
            return java.util.Optional.of(have);
        }
        if (step.number() == 2 && !model.installerFolderProperty().get().isEmpty()) {
            VBox scan = new VBox(3);
            scan.setId("guide-installer-scan");
            Label folder = new Label("Folder: " + model.installerFolderProperty().get());
            folder.getStyleClass().add("mono");
            scan.getChildren().add(folder);
            model.installerProblems().forEach(text -> scan.getChildren().add(line(text, Feather.ALERT_CIRCLE,
                    "guide-scan-problem")));
            model.installerNotes().forEach(text -> scan.getChildren().add(line(text, Feather.INFO,
                    "guide-scan-note")));
            return java.util.Optional.of(scan);
        }
        return java.util.Optional.empty();
    }

    private static Label line(String text, Feather icon, String styleClass) {
        Label label = new Label(text, new FontIcon(icon));
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private java.util.Optional<Button> action(GuideStep step) {
        return java.util.Optional.ofNullable(switch (step.number()) {
            case 2 -> button("Choose folder…", Feather.FOLDER, this::chooseFolder);
            case 3 -> button("Build the image", Feather.LAYERS, actions::openContainer);
            case 4 -> button("Run the container", Feather.PLAY, actions::openContainer);
            case 5 -> button("Sign in", Feather.LOG_IN, actions::openSignIn);
            case 6 -> button("Add the subaccount", Feather.CLOUD, actions::openSubaccounts);
            case 7 -> button("Expose a system", Feather.SHIELD, actions::openAccessControl);
            case 8 -> button("Open the dashboard", Feather.GRID, actions::openDashboard);
            default -> null;
        });
    }

    private static Button button(String text, Feather icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("The folder with SAP's Cloud Connector and JVM downloads");
        String known = model.installerFolderProperty().get();
        if (!known.isEmpty() && new File(known).isDirectory()) {
            chooser.setInitialDirectory(new File(known));
        }
        File chosen = chooser.showDialog(list.getScene().getWindow());
        if (chosen != null) {
            model.checkInstallerFolder(Path.of(chosen.getAbsolutePath()));
        }
    }
}
