package dev.connectorconsole.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** "Backups": how many backups per connector the app's folder keeps; older ones go when a new one is taken. */
final class BackupsSection {
    private BackupsSection() {}

    static Node build(SettingsViewModel model) {
        TextField kept = new TextField();
        kept.setId("backups-kept-setting");
        kept.setPrefColumnCount(10);
        kept.textProperty().bindBidirectional(model.backupsKeptProperty());
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(200), new ColumnConstraints());
        grid.addRow(0, new Label("Backups kept per connector"), kept);
        grid.add(SettingsScreen.message(model.keptMessageProperty(), "backups-kept-message"), 1, 1);
        return SettingsScreen.card("Backups", "Backups taken on the Backups screen and before an upgrade, recreate or"
                + " migration are kept in the app's folder. When a new one is taken, only the newest ones are kept; older"
                + " ones are deleted. Exported copies stay.", grid);
    }
}
