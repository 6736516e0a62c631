package dev.connectorconsole.ui.welcome;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.ui.fx.DelayedSpinner;
import dev.connectorconsole.ui.fx.FirstFrame;
import dev.connectorconsole.ui.shell.Banner;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.welcome.WelcomeViewModel.EngineState;

/** The start page: engine status and the three ways to get a connector. */
public final class WelcomeScreen implements Screen {
    public static final String TITLE = "Welcome";
    public static final Ikon ICON = Feather.HOME;

    private final WelcomeViewModel model;
    private Node view;

    public WelcomeScreen(WelcomeViewModel model) {
        this.model = model;
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }

    @Override
    public void activate() {
        // At start the engine client's classes would load beside the first frame; the check waits for it.
        FirstFrame.whenOnScreen(view(), model::checkEngine);
    }

    @Override
    public void refresh() {
        model.checkEngine();
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        Label heading = new Label("Run and administer the SAP Cloud Connector");
        heading.getStyleClass().add("screen-title");
        Label intro = new Label("Pick how you want to start. You can add more connectors later under Settings.");
        intro.getStyleClass().add("screen-subtitle");

        Banner noEngine = new Banner(Banner.Kind.DANGER);
        noEngine.setId("no-engine-banner");
        noEngine.title().setText("No Docker engine answers");
        noEngine.text().textProperty().bind(Bindings.createStringBinding(() -> model.engineProblemProperty().get()
                + "\nStart Docker, or choose the engine under Settings. Connecting to a connector that runs elsewhere"
                + " works without Docker.", model.engineProblemProperty()));
        Button retry = new Button("Check again", new FontIcon(Feather.REFRESH_CW));
        retry.setId("retry-engine");
        retry.setOnAction(e -> model.checkEngine());
        noEngine.withActions(retry);
        noEngine.visibleProperty().bind(model.engineStateProperty().isEqualTo(EngineState.DOWN));
        noEngine.managedProperty().bind(noEngine.visibleProperty());

        DelayedSpinner spinner = new DelayedSpinner(model.engineStateProperty().isEqualTo(EngineState.CHECKING),
                Duration.millis(400), 14);
        spinner.setId("engine-spinner");
        Label engineLine = new Label();
        engineLine.setId("engine-line");
        engineLine.getStyleClass().add("text-muted");
        engineLine.textProperty().bind(Bindings.createStringBinding(() -> switch (model.engineStateProperty().get()) {
            case CHECKING -> "Looking for a Docker engine…";
            case UP -> "Docker engine: " + model.engineEndpointProperty().get();
            case DOWN -> "Docker engine: " + model.engineEndpointProperty().get() + " — not answering";
        }, model.engineStateProperty(), model.engineEndpointProperty()));
        HBox engineRow = new HBox(8, spinner, engineLine);
        engineRow.setAlignment(Pos.CENTER_LEFT);
        Label onLabel = new Label("New connectors run on");
        ComboBox<String> engineChoice = new ComboBox<>(model.engineNames());
        engineChoice.setId("new-connector-engine");
        engineChoice.setValue(model.newConnectorEngineProperty().get());
        model.newConnectorEngineProperty().addListener((obs, old, now) -> engineChoice.setValue(now));
        engineChoice.setOnAction(e -> model.chooseEngine(engineChoice.getValue()));
        HBox choiceRow = new HBox(8, onLabel, engineChoice);
        choiceRow.setAlignment(Pos.CENTER_LEFT);
        choiceRow.visibleProperty().bind(Bindings.size(model.engineNames()).greaterThan(1));
        choiceRow.managedProperty().bind(choiceRow.visibleProperty());

        boolean[] needsEngine = {true, true, false};
        VBox build = path(Feather.PACKAGE, "Build from SAP's installer",
                "Point to the folder with the Cloud Connector and SAP JVM files you downloaded from SAP."
                        + " The console builds an image and runs it in Docker.",
                "Choose folder…", "path-build", model::buildFromInstaller);
        VBox sandbox = path(Feather.PLAY_CIRCLE, "Try the sandbox connector",
                "A local stand-in that answers like a real Cloud Connector's admin API. No SAP downloads,"
                        + " nothing leaves this machine.",
                "Set up sandbox", "path-sandbox", model::useSandbox);
        VBox existing = connectPath();
        VBox[] cards = {build, sandbox, existing};
        for (int i = 0; i < cards.length; i++) {
            if (needsEngine[i]) {
                Node action = cards[i].lookup(".path-action");
                action.disableProperty().bind(model.engineStateProperty().isNotEqualTo(EngineState.UP));
            }
        }
        HBox paths = new HBox(16, build, sandbox, existing);
        paths.setAlignment(Pos.TOP_LEFT);

        VBox page = new VBox(16, heading, intro, choiceRow, engineRow, noEngine, paths);
        page.getStyleClass().add("screen");
        page.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static VBox path(Feather icon, String title, String text, String actionText, String id, Runnable action) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("path-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("path-title");
        heading.setWrapText(true);
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("text-muted");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button button = new Button(actionText);
        button.setId(id);
        button.getStyleClass().addAll("path-action", "accent");
        button.setOnAction(e -> action.run());
        VBox card = new VBox(10, glyph, heading, body, spacer, button);
        card.getStyleClass().addAll("card", "welcome-path");
        card.setPrefWidth(270);
        card.setMinHeight(230);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private VBox connectPath() {
        FontIcon glyph = new FontIcon(Feather.LINK);
        glyph.getStyleClass().add("path-icon");
        Label heading = new Label("Connect to a running connector");
        heading.getStyleClass().add("path-title");
        heading.setWrapText(true);
        Label body = new Label("Administer a Cloud Connector that already runs somewhere else. Docker is not needed.");
        body.setWrapText(true);
        body.getStyleClass().add("text-muted");
        TextField url = new TextField();
        url.setId("admin-url");
        url.setPromptText("https://host:8443");
        url.textProperty().bindBidirectional(model.adminUrlProperty());
        Label message = new Label();
        message.setId("admin-url-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.textProperty().bind(model.adminUrlMessageProperty());
        message.visibleProperty().bind(model.adminUrlMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Button connect = new Button("Connect");
        connect.setId("path-connect");
        connect.getStyleClass().addAll("path-action", "accent");
        connect.setOnAction(e -> model.connect());
        url.setOnAction(e -> model.connect());
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox card = new VBox(10, glyph, heading, body, url, message, spacer, connect);
        card.getStyleClass().addAll("card", "welcome-path");
        card.setPrefWidth(270);
        card.setMinHeight(230);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }
}
