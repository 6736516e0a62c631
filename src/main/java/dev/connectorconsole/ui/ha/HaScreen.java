package dev.connectorconsole.ui.ha;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.shell.Screen;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import javafx.util.Duration;

/**
 * High availability: the signed-in connector and the second one of its pair with their roles and states (read every
 * {@link #WATCH_SECONDS} s while shown, so a takeover shows as it happens), "Make a high-availability pair" for the
 * shown connector's container, a form to make a second connector reached by address the shadow of this master, and
 * Switch roles once the shadow is connected.
 */
public final class HaScreen implements Screen {
    public static final String TITLE = "High availability";
    public static final Ikon ICON = Feather.COPY;
    static final int WATCH_SECONDS = 2;

    private final HaViewModel model;
    private final VBox root = new VBox(16);
    private final PasswordField shadowPassword = new PasswordField();
    private final PasswordField masterPassword = new PasswordField();
    private Timeline watch;

    public HaScreen(HaViewModel model) {
        this.model = model;
        root.getStyleClass().add("ha-screen");
        root.setPadding(new Insets(0, 0, 16, 0));
        ConnectorStyles.apply(root, HaScreen.class, null);
        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.TITLE_3);
        HBox header = new HBox(12, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        VBox body = new VBox(16, instances(), makePair(), form(), actions());
        body.setPadding(new Insets(0, 20, 0, 20)); // in line with the header's title
        root.getChildren().addAll(header, body);
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }
    @Override public void refresh() { model.refresh(); }

    @Override
    public void activate() {
        model.refresh();
        stopWatch();
        watch = new Timeline(new KeyFrame(Duration.seconds(WATCH_SECONDS), e -> model.watch()));
        watch.setCycleCount(Timeline.INDEFINITE);
        watch.play();
    }

    @Override
    public void deactivate() {
        stopWatch();
    }

    private void stopWatch() {
        if (watch != null) {
            watch.stop();
            watch = null;
        }
    }

    private Node makePair() {
        Button make = new Button("Make a high-availability pair");
        make.setId("ha-make");
        make.getStyleClass().add(Styles.ACCENT);
        make.setDisable(!model.canMakeShadows());
        if (model.canMakeShadows()) {
            make.disableProperty().bind(model.busyProperty());
        }
        make.setOnAction(e -> model.makePair(masterPassword.getText()));
        Label explain = new Label("Makes a second container from this connector's image as its shadow, on the engine "
                + "chosen here: on this connector's engine they share a network; on another engine the shadow reaches "
                + "this one through its published port. With this connector's password (below, or the remembered one) "
                + "and the timings below; lists it with the connectors.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        Label progress = new Label();
        progress.setId("ha-make-progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.makeProgressProperty());
        return new VBox(8, explain, engineChoice(), make, progress);
    }

    private Node engineChoice() {
        ShadowEngineChoice choice = model.engineChoice();
        ComboBox<String> engines = new ComboBox<>();
        engines.setId("ha-shadow-engine");
        Label note = new Label();
        note.setId("ha-engine-note");
        note.setWrapText(true);
        if (choice == null) {
            engines.getItems().setAll(ShadowEngineChoice.SAME_ENGINE);
            engines.getSelectionModel().selectFirst();
            engines.setDisable(true);
        } else {
            engines.setItems(choice.engines());
            engines.valueProperty().bindBidirectional(choice.chosenProperty());
            engines.disableProperty().bind(model.busyProperty());
            note.textProperty().bind(choice.noteProperty());
        }
        HBox row = new HBox(12, new Label("Shadow's engine"), engines);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, note);
    }

    private Node instances() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("This connector"), state("ha-this-instance", model.thisInstanceProperty()));
        grid.addRow(1, new Label("Second connector"), state("ha-other-instance", model.otherInstanceProperty()));
        return grid;
    }

    private static Label state(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private Node form() {
        TextField address = field("ha-shadow-address", "shadow.example.com:8443");
        address.textProperty().bindBidirectional(model.addressProperty());
        TextField fingerprint = field("ha-shadow-fingerprint", "SHA-256 of its certificate, e.g. 3F:A2:…");
        fingerprint.textProperty().bindBidirectional(model.fingerprintProperty());
        shadowPassword.setId("ha-shadow-password");
        masterPassword.setId("ha-master-password");
        TextField interval = field("ha-check-interval", "30");
        interval.textProperty().bindBidirectional(model.checkIntervalProperty());
        TextField delay = field("ha-takeover-delay", "10");
        delay.textProperty().bindBidirectional(model.takeoverDelayProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("Second connector (host:port)"), address);
        grid.addRow(1, new Label("Its certificate fingerprint"), fingerprint);
        grid.addRow(2, new Label("Its Administrator password"), shadowPassword);
        grid.addRow(3, new Label("This connector's password"), masterPassword);
        grid.addRow(4, new Label("Check interval (s)"), interval);
        grid.addRow(5, new Label("Takeover delay (s)"), delay);
        model.errorFieldProperty().addListener((obs, old, now) -> markInvalid(now, address, fingerprint, interval, delay));
        Label explain = new Label("The second connector becomes the shadow of this one: it copies this connector's "
                + "configuration and takes over when this one stops answering for the takeover delay.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(8, explain, grid);
    }

    private void markInvalid(String field, TextInputControl address, TextInputControl fingerprint,
                             TextInputControl interval, TextInputControl delay) {
        TextInputControl[] all = {address, fingerprint, shadowPassword, masterPassword, interval, delay};
        String[] names = {"address", "fingerprint", "shadowPassword", "masterPassword", "checkInterval", "takeoverDelay"};
        for (int i = 0; i < all.length; i++) {
            all[i].pseudoClassStateChanged(Styles.STATE_DANGER, names[i].equals(field));
        }
    }

    private Node actions() {
        Button pair = new Button("Connect as shadow");
        pair.setId("ha-connect");
        pair.getStyleClass().add(Styles.ACCENT);
        pair.disableProperty().bind(model.busyProperty());
        pair.setOnAction(e -> model.pair(shadowPassword.getText(), masterPassword.getText()));
        Button switchRoles = new Button("Switch roles");
        switchRoles.setId("ha-switch");
        switchRoles.disableProperty().bind(model.canSwitchProperty().not().or(model.busyProperty()));
        switchRoles.setOnAction(e -> model.switchRoles());
        Label switchNote = new Label();
        switchNote.setId("ha-switch-note");
        switchNote.setWrapText(true);
        switchNote.getStyleClass().add(Styles.TEXT_MUTED);
        switchNote.textProperty().bind(model.switchNoteProperty());
        switchNote.visibleProperty().bind(model.switchNoteProperty().isNotEmpty());
        switchNote.managedProperty().bind(switchNote.visibleProperty());
        HBox.setHgrow(switchNote, Priority.ALWAYS);
        Label error = new Label();
        error.setId("ha-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        HBox buttons = new HBox(12, pair, switchRoles, switchNote);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, buttons, error);
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(32);
        return field;
    }
}
