package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.accesscontrol.CopyPlan;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.session.ConnectorStyles;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Shows what a copy or import would do, item by item, before anything is sent; answers whether to go on. */
final class CopyPreviewDialog {
    private CopyPreviewDialog() {}

    static boolean confirm(Node owner, AccessTransfer.Preview preview) {
        CopyPlan plan = preview.plan();
        TableView<CopyPlan.Step> table = new TableView<>();
        table.setId("copy-preview");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                TextColumns.<CopyPlan.Step>of("Item", CopyPlan.Step::name, 220),
                TextColumns.<CopyPlan.Step>of("What happens", s -> switch (s.action()) {
                    case CREATE -> "Created";
                    case SKIP -> "Skipped";
                    case CLASH -> "Not copied";
                }, 100),
                TextColumns.<CopyPlan.Step>of("Why", CopyPlan.Step::reason, 280));
        table.getItems().setAll(plan.steps());
        table.setPrefSize(640, 260);
        Label summary = new Label(summary(plan));
        summary.setId("copy-summary");
        summary.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Copy access control");
        dialog.setHeaderText("Copy to " + preview.targetName() + "?\nNothing there is changed or deleted: "
                + "items it already has stay as they are.");
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(copy, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, summary, table));
        dialog.getDialogPane().setId("copy-dialog");
        dialog.getDialogPane().lookupButton(copy).setId("copy-confirm");
        ConnectorStyles.apply(dialog.getDialogPane(), CopyPreviewDialog.class, null);
        return dialog.showAndWait().filter(copy::equals).isPresent();
    }

    static String summary(CopyPlan plan) {
        return plan.count(CopyPlan.Action.CREATE) + " item(s) created with " + plan.requests() + " request(s), "
                + plan.count(CopyPlan.Action.SKIP) + " already there, " + plan.count(CopyPlan.Action.CLASH)
                + " not copied because the target has its own version.";
    }
}
