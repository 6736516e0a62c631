package dev.connectorconsole.ui.container;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.ui.shell.Banner;

/**
 * The "Build" card, shown once a build has begun: its step and progress, the context size, Cancel, the step it failed
 * at, and the engine's output scrolled to its end.
 */
final class BuildProgressCard {
    private BuildProgressCard() {
    }

    static Node create(BuildViewModel build) {
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

        VBox box = Card.titled("Build", step, row, failed, output);
        box.visibleProperty().bind(build.stepProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
