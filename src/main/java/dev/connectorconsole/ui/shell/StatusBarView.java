package dev.connectorconsole.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The strip along the bottom of the window: engine, container state, connector, last error. */
public final class StatusBarView extends HBox {
    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    public StatusBarView(StatusModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        setPadding(new Insets(4, 12, 4, 12));

        Label engineDot = new Label();
        engineDot.getStyleClass().add("engine-dot");
        Label engine = new Label();
        engine.setId("status-engine");
        engine.textProperty().bind(model.engineTextProperty());
        Tooltip engineTip = new Tooltip();
        engineTip.textProperty().bind(model.engineDetailProperty());
        engine.setTooltip(engineTip);
        model.engineHealthProperty().addListener((obs, old, health) -> showHealth(engineDot, health));
        showHealth(engineDot, model.engineHealthProperty().get());

        StateBadge badge = new StateBadge();
        badge.setId("status-container");
        badge.bindState(model.containerStateProperty());
        Label containerAsOf = new Label();
        containerAsOf.setId("status-container-as-of");
        containerAsOf.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        containerAsOf.textProperty().bind(model.containerAsOfProperty());
        containerAsOf.visibleProperty().bind(model.containerAsOfProperty().isNotEmpty());
        containerAsOf.managedProperty().bind(containerAsOf.visibleProperty());

        Label connector = new Label();
        connector.setId("status-connector");
        connector.textProperty().bind(model.connectorTextProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.textProperty().bind(model.lastErrorProperty());
        error.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        error.visibleProperty().bind(model.lastErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(520);
        Tooltip errorTip = new Tooltip();
        errorTip.textProperty().bind(model.lastErrorProperty());
        errorTip.setWrapText(true);
        errorTip.setMaxWidth(480);
        error.setTooltip(errorTip);

        getChildren().addAll(engineDot, engine, separator(), badge, containerAsOf, connector, spacer, error);
    }

    private static Region separator() {
        Region line = new Region();
        line.getStyleClass().add("status-separator");
        return line;
    }

    private static void showHealth(Label dot, StatusModel.EngineHealth health) {
        dot.pseudoClassStateChanged(UP, health == StatusModel.EngineHealth.UP);
        dot.pseudoClassStateChanged(DOWN, health == StatusModel.EngineHealth.DOWN);
    }
}
