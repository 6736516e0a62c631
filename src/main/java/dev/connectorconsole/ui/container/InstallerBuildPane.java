package dev.connectorconsole.ui.container;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Building the image from SAP's downloads: the folder that holds them, what its scan found wrong or noteworthy, the
 * generated Dockerfile to look at, and "Build image".
 */
final class InstallerBuildPane {
    private InstallerBuildPane() {
    }

    static VBox create(ContainerViewModel container, BuildViewModel build) {
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

        Button showDockerfile = new Button("View Dockerfile", new FontIcon(Feather.FILE));
        showDockerfile.setId("view-dockerfile");
        showDockerfile.disableProperty().bind(build.dockerfileProperty().isEmpty());
        showDockerfile.setOnAction(e -> showDockerfile(showDockerfile.getScene().getWindow(), container, build));
        Button buildImage = new Button("Build image", new FontIcon(Feather.TOOL));
        buildImage.setId("build-installer");
        buildImage.getStyleClass().add("accent");
        buildImage.disableProperty().bind(build.dockerfileProperty().isEmpty().or(build.buildingProperty()));
        buildImage.setOnAction(e -> build.buildFromInstaller(container.targetProperty().get().image()));
        HBox sapRow = new HBox(8, chooseFolder, showDockerfile, buildImage);
        sapRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, sapRow, folder, scanFindings(build));
    }

    /** The problems (that stop the build) and notes of the folder's scan, kept up to date. */
    private static VBox scanFindings(BuildViewModel build) {
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
        return problems;
    }

    private static void showDockerfile(Window owner, ContainerViewModel container, BuildViewModel build) {
        TextArea text = new TextArea(build.dockerfileProperty().get());
        text.setEditable(false);
        text.getStyleClass().add("mono");
        text.setPrefSize(760, 480);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Dockerfile");
        alert.setHeaderText("Generated Dockerfile for " + container.targetProperty().get().image());
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
    }
}
