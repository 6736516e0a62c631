package dev.connectorconsole.ui.shell;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.settings.ConnectorProfile;
import java.net.URI;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.binding.NumberExpression;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The connector every screen shows, and all the others one click (or Ctrl+K) away. A choice the window refuses (a
 * form with unsaved changes the user keeps) leaves the selection where it was.
 */
public final class ConnectorSwitcher extends ComboBox<ConnectorProfile> {
    private static final double ARROW_ROOM = 48;
    private boolean reverting;

    /** @param choose switches the window to a profile; false when the user stayed with the current one */
    public ConnectorSwitcher(ObservableList<ConnectorProfile> profiles, Predicate<ConnectorProfile> choose) {
        super(profiles);
        setId("connector-switcher");
        getStyleClass().add("connector-switcher");
        setMaxWidth(Double.MAX_VALUE);
        setPromptText("No connector yet");
        setTooltip(new Tooltip("The connector every screen shows (Ctrl+K to switch)"));
        setCellFactory(list -> new ProfileCell(null));
        // The sidebar is narrow: the selected connector's name and place wrap rather than end in "…", measured at
        // the switcher's own width (a wrapping label measured before layout would make it very tall).
        setButtonCell(new ProfileCell(widthProperty().subtract(ARROW_ROOM)));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (reverting || now == null || old == null || sameProfile(old, now)) {
                return;
            }
            if (!choose.test(now)) {
                reverting = true;
                getSelectionModel().select(old);
                reverting = false;
            }
        });
    }

    /** Shows {@code profile} as the selected one without switching (the window already shows it). */
    public void showSelected(ConnectorProfile profile) {
        reverting = true;
        getItems().stream().filter(p -> sameProfile(p, profile)).findFirst()
                .ifPresent(p -> getSelectionModel().select(p));
        reverting = false;
    }

    private static boolean sameProfile(ConnectorProfile a, ConnectorProfile b) {
        return Objects.equals(a.name(), b.name());
    }

    /** "scc-sandbox · this engine" or "remote · scc.plant.example:8443" under the profile's name. */
    static String where(ConnectorProfile profile) {
        if (profile.isRemote()) {
            URI address = URI.create(profile.adminUrl());
            return "remote · " + address.getHost() + ":" + address.getPort();
        }
        return "container " + profile.container() + " · port " + profile.hostPort()
                + (profile.engine() == null ? "" : " · on " + profile.engine());
    }

    private static final class ProfileCell extends ListCell<ConnectorProfile> {
        private final Label name = new Label();
        private final Label where = new Label();
        private final VBox lines = new VBox(0, name, where);
        private final NumberExpression wrapWidth;

        /** @param wrapWidth the width the lines wrap at; null: one line each (the list is as wide as it needs) */
        ProfileCell(NumberExpression wrapWidth) {
            this.wrapWidth = wrapWidth;
            name.getStyleClass().add(Styles.TEXT_BOLD);
            where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            if (wrapWidth != null) {
                for (Label line : new Label[] {name, where}) {
                    line.setWrapText(true);
                    line.setMinHeight(Region.USE_PREF_SIZE);
                    line.prefWidthProperty().bind(wrapWidth);
                    line.maxWidthProperty().bind(wrapWidth);
                }
            }
        }

        /** Wrapped lines are as tall as they are at the width they wrap at, not at the "any width" of -1. */
        @Override
        protected double computePrefHeight(double width) {
            if (wrapWidth == null || getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double at = wrapWidth.doubleValue();
            return snappedTopInset() + name.prefHeight(at) + where.prefHeight(at) + snappedBottomInset();
        }

        @Override
        protected void updateItem(ConnectorProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(null);
            if (empty || profile == null) {
                setGraphic(null);
                return;
            }
            name.setText(profile.name());
            where.setText(where(profile));
            setGraphic(lines);
        }
    }
}
