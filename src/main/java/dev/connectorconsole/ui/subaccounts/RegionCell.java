package dev.connectorconsole.ui.subaccounts;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.VBox;

/**
 * A region in the region list on two lines, the name people know it by over its host (both in the tooltip), so the
 * list is no wider than the field it opens from and never leaves the window.
 */
final class RegionCell extends ListCell<String> {
    private static final int ROWS_SHOWN = 8;
    private static final double CELL_PADDING = 28;

    private final Label name = new Label();
    private final Label host = new Label();
    private final VBox lines = new VBox(0, name, host);

    private RegionCell(ComboBox<String> regions) {
        // One line each: a wrapping label makes the list measure itself far too tall and open above the window.
        name.maxWidthProperty().bind(regions.widthProperty().subtract(CELL_PADDING));
        host.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    }

    /** Two-line cells, a list as wide as the field, and a height that fits below a form field. */
    static void install(ComboBox<String> regions) {
        regions.setCellFactory(list -> new RegionCell(regions));
        regions.setVisibleRowCount(ROWS_SHOWN);
        regions.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> listSkin && listSkin.getPopupContent() instanceof ListView<?> list) {
                list.prefWidthProperty().bind(regions.widthProperty());
                list.maxWidthProperty().bind(regions.widthProperty());
            }
        });
    }

    @Override
    protected void updateItem(String regionHost, boolean empty) {
        super.updateItem(regionHost, empty);
        setText(null);
        if (empty || regionHost == null) {
            setGraphic(null);
            return;
        }
        var known = RegionHosts.byHost(regionHost);
        name.setText(known.map(KnownRegion::name).orElse(regionHost));
        host.setText(known.isPresent() ? regionHost : "");
        host.setVisible(known.isPresent());
        host.setManaged(known.isPresent());
        setTooltip(new Tooltip(RegionHosts.labelOf(regionHost)));
        setGraphic(lines);
    }
}
