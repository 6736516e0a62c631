package dev.connectorconsole.ui.session;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * A two-column form (label | field with its message underneath) whose fields show their {@link FormField}'s error
 * live: a ControlsFX decoration on the control and the sentence below it.
 */
public final class FormLayout {
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private int row;

    public FormLayout() {
        grid.getStyleClass().add("cc-form");
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        validation.setValidationDecorator(new GraphicValidationDecoration());
    }

    /** Adds a field with its live error message; {@code hint} (may be null) is shown under it in muted text. */
    public void add(FormField field, Control control, String hint) {
        Label label = new Label(field.label());
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        Label error = new Label();
        error.getStyleClass().addAll("field-error", Styles.TEXT_SMALL);
        error.setWrapText(true);
        // A wrapping label in a dialog is otherwise cut to one line with "…".
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(field.shownErrorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(field.shownErrorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        control.setId(idOf(field.label()));
        error.setId(idOf(field.label()) + "-error");
        control.setMaxWidth(Double.MAX_VALUE);
        VBox cell = new VBox(2, control, error);
        if (hint != null) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().addAll("field-hint", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            hintLabel.setWrapText(true);
            hintLabel.setMinHeight(Region.USE_PREF_SIZE);
            cell.getChildren().add(hintLabel);
        }
        GridPane.setValignment(label, VPos.TOP);
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        row++;
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, field.shownErrorProperty().get(),
                        !field.shownErrorProperty().get().isEmpty()));
        field.shownErrorProperty().addListener((obs, old, now) -> validation.revalidate(control));
    }

    /** A labelled row for a control that cannot hold a wrong value (a choice box). */
    public void addLabeled(String text, Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
    }

    /** A row without a label (check boxes, notes). */
    public void addPlain(Node node) {
        grid.add(node, 1, row++);
    }

    /** Shows the row of {@code field} (its label and its cell) only while {@code shown} is true. */
    public void showRowWhen(Node field, javafx.beans.value.ObservableValue<Boolean> shown) {
        grid.getChildren().stream()
                .filter(n -> n == field.getParent() || (n instanceof Label l && l.getLabelFor() == field))
                .forEach(n -> {
                    n.visibleProperty().bind(javafx.beans.binding.BooleanExpression.booleanExpression(shown));
                    n.managedProperty().bind(n.visibleProperty());
                });
    }

    public GridPane node() {
        return grid;
    }

    /** "Subaccount ID" → "subaccount-id", used as the node id for tests and accessibility tools. */
    public static String idOf(String label) {
        return label.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
