package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.fx.WholeHeaders;
import dev.connectorconsole.ui.session.SessionState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The exposed systems of a subaccount as a table: virtual → internal, protocol, back-end, principal type, resources
 * enabled of total, creation date. Choosing another row first asks about unsaved changes and puts the old row back
 * when they are kept.
 */
final class MappingTable {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    private final AccessControlViewModel model;
    private final BooleanSupplier canLeave;
    private final TableView<SystemMapping> table = new TableView<>();
    private boolean reverting;

    MappingTable(AccessControlViewModel model, BooleanSupplier canLeave) {
        this.model = model;
        this.canLeave = canLeave;
        table.setId("mapping-table");
        WholeHeaders.of(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                TextColumns.<SystemMapping>of("Virtual", SystemMapping::key, 120),
                TextColumns.<SystemMapping>of("Internal", m -> m.localHost() + ":" + m.localPort(), 150),
                TextColumns.<SystemMapping>of("Protocol", m -> AccessChoices.protocolLabel(m.protocol()), 70),
                TextColumns.<SystemMapping>of("Back-end", m -> AccessChoices.backendLabel(m.backendType()), 100),
                TextColumns.<SystemMapping>of("Principal",
                        m -> AccessChoices.principalLabel(m.authenticationMode()), 80),
                TextColumns.<SystemMapping>of("Resources", MappingTable::resourceCount, 70),
                TextColumns.<SystemMapping>of("Created",
                        m -> m.creationDate() == null ? "" : DATE.format(m.creationDate()), 80));
        table.setMinWidth(300);
        table.setItems(model.mappings());
        table.setPlaceholder(placeholder());
        followSelection();
    }

    Node node() {
        return table;
    }

    void clearSelection() {
        table.getSelectionModel().clearSelection();
    }

    /** "2 of 3 on" (enabled of all), or "none" before the first resource. */
    static String resourceCount(SystemMapping mapping) {
        if (mapping.totalResourcesCount() == 0) {
            return "none";
        }
        return mapping.enabledResourcesCount() + " of " + mapping.totalResourcesCount() + " on";
    }

    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (reverting || now == null || now.equals(model.selectedProperty().get())) {
                return;
            }
            if (!canLeave.getAsBoolean()) {
                reverting = true;
                table.getSelectionModel().select(old);
                reverting = false;
                return;
            }
            model.select(now);
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            reverting = true;
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (!now.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
            }
            reverting = false;
        });
    }

    private Node placeholder() {
        FontIcon icon = new FontIcon(Feather.SERVER);
        icon.getStyleClass().add("empty-icon");
        Label text = new Label();
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.session().state() != SessionState.SIGNED_IN) {
                return "Sign in to a connector to see which on-premise systems it exposes.";
            }
            if (model.subaccountProperty().get() == null) {
                return "Add a subaccount first: access control is set per subaccount.";
            }
            return "No on-premise system is exposed to this subaccount yet.\nAdd the first one with the form on the right.";
        }, model.session().stateProperty(), model.subaccountProperty()));
        VBox box = new VBox(icon, text);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
