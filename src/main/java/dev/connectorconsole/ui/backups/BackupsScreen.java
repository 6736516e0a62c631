package dev.connectorconsole.ui.backups;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.subaccounts.FormMessageArea;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The backups of the signed-in connector: take one now, the ones kept in the app's folder ({@link BackupTable}),
 * restore, export, delete ({@link BackupActions}). Without a sign-in it says so and offers only the sign-in.
 */
public final class BackupsScreen implements Screen {
    public static final String TITLE = "Backups";
    public static final Ikon ICON = Feather.ARCHIVE;

    private final BackupsViewModel model;
    private final BorderPane root = new BorderPane();

    /** @param onSignIn opens the sign-in screen */
    public BackupsScreen(BackupsViewModel model, Runnable onSignIn) {
        this.model = Objects.requireNonNull(model, "model");
        root.getStyleClass().add("backups-screen");
        ConnectorStyles.apply(root, BackupsScreen.class, "backups.css");
        BackupActions actions = new BackupActions(model, root);
        root.setTop(BackupsHeader.build(model, actions::take, actions::restoreFromFile));
        TableView<BackupRow> table = BackupTable.build(model);
        Label message = FormMessageArea.create(model.messageProperty());
        message.setId("backups-message");
        Label kept = new Label();
        kept.setId("backups-kept");
        kept.textProperty().bind(model.keptNoteProperty());
        kept.getStyleClass().add("field-hint");
        kept.setWrapText(true);
        kept.setMinHeight(Label.USE_PREF_SIZE);
        VBox content = new VBox(10, message, table, actions.bar(), kept);
        content.getStyleClass().add("backups-content");
        VBox.setVgrow(table, Priority.ALWAYS);
        content.visibleProperty().bind(model.availableProperty());
        Node signedOut = signedOut(onSignIn);
        signedOut.visibleProperty().bind(model.availableProperty().not());
        root.setCenter(new StackPane(content, signedOut));
        model.session().stateProperty().addListener((obs, old, now) -> model.refresh());
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }

    @Override
    public void activate() {
        model.refresh();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private static Node signedOut(Runnable onSignIn) {
        FontIcon glyph = new FontIcon(Feather.ARCHIVE);
        glyph.getStyleClass().add("empty-icon");
        Label heading = new Label("Not signed in");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label("Backups are taken and restored through the connector's admin API. Sign in to a"
                + " connector to see its backups, take one or restore one.");
        text.setId("backups-signed-out");
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.setMaxWidth(460);
        Button signIn = new Button("Sign in", new FontIcon(Feather.LOG_IN));
        signIn.setId("backups-sign-in");
        signIn.setOnAction(e -> onSignIn.run());
        VBox box = new VBox(glyph, heading, text, signIn);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
