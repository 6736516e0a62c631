package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.SubjectPatternCondition;
import dev.connectorconsole.connector.SubjectPatternRule;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.session.FormLayout;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Principal propagation tab: the subject pattern rules in the order the connector tries them, with add, edit,
 * delete and move up/down, and the form of the rule being added or edited.
 */
final class RulesPane {
    private static final Map<String, String> OPERATOR_TEXT = Map.of("is", "is", "is_not", "is not",
            "exist", "exists", "exist_not", "does not exist");

    private RulesPane() {}

    static Node build(ConnectorSettingsViewModel model) {
        TableView<SubjectPatternRule> table = new TableView<>(model.rules());
        table.setId("subject-pattern-rules");
        table.setPlaceholder(new Label("No rules: no principal propagation certificates are issued."));
        table.getColumns().addAll(List.of(
                TextColumns.of("#", (SubjectPatternRule r) -> Integer.toString(model.rules().indexOf(r) + 1), 40),
                TextColumns.of("Condition", SubjectPatternRule::conditionText, 170),
                TextColumns.of("Subject", RulesPane::subject, 220),
                TextColumns.of("Description", (SubjectPatternRule r) -> r.description() == null ? "" : r.description(), 160)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedIndexProperty();
        var none = selected.lessThan(0).or(model.busyProperty());
        Button add = FormParts.button("add-rule", "New rule", model::startAddRule, model.busyProperty(), false);
        Button edit = FormParts.button("edit-rule", "Edit", () -> model.startEditRule(selected.get()), model.busyProperty(), false);
        Button delete = FormParts.button("delete-rule", "Delete", () -> {
            SubjectPatternRule rule = table.getSelectionModel().getSelectedItem();
            if (rule != null && Confirmations.ask(table, "Delete the rule \u201c" + rule.conditionText() + "\u201d?",
                    "Users it matched get a certificate from the next rule that matches, or none.", "Delete the rule")) {
                model.deleteRule(selected.get());
            }
        }, model.busyProperty(), false);
        Button up = FormParts.button("move-rule-up", "Move up", () -> model.moveRule(selected.get(), -1), model.busyProperty(), false);
        Button down = FormParts.button("move-rule-down", "Move down", () -> model.moveRule(selected.get(), 1), model.busyProperty(), false);
        for (Button needsSelection : new Button[] {edit, delete, up, down}) {
            needsSelection.disableProperty().unbind();
            needsSelection.disableProperty().bind(none);
        }
        VBox list = new VBox(8, FormParts.note("The connector tries the rules from top to bottom and uses the first whose "
                + "condition holds for the user."), table, new HBox(8, add, edit, delete, up, down));
        HBox.setHgrow(list, Priority.ALWAYS);
        ScrollPane form = new ScrollPane(form(model));
        form.setFitToWidth(true);
        form.setPrefWidth(430);
        form.setMinWidth(380);
        HBox box = new HBox(16, list, form);
        box.setPadding(new Insets(12));
        return box;
    }

    private static Node form(ConnectorSettingsViewModel model) {
        RuleForm form = model.rule();
        FormLayout layout = new FormLayout();
        layout.add(form.variable(), FormParts.text(form.variable(), "e.g. name, login_name, mail"), null);
        ChoiceBox<String> operator = new ChoiceBox<>();
        operator.setId("rule-operator");
        operator.getItems().setAll(SubjectPatternCondition.OPERATORS);
        operator.setConverter(new StringConverter<>() {
            @Override public String toString(String op) { return op == null ? "" : OPERATOR_TEXT.getOrDefault(op, op); }
            @Override public String fromString(String text) { return null; }
        });
        operator.valueProperty().bindBidirectional(form.operatorProperty());
        layout.addLabeled("Operator", operator);
        var valueField = FormParts.text(form.value(), "");
        layout.add(form.value(), valueField, null);
        layout.showRowWhen(valueField, Bindings.createBooleanBinding(form::needsValue, form.operatorProperty()));
        for (String key : RuleForm.SUBJECT_KEYS) {
            layout.add(form.subject(key), FormParts.text(form.subject(key), key.equals("CN") ? "e.g. ${name}" : "optional"), null);
        }
        layout.add(form.description(), FormParts.text(form.description(), "optional"), null);
        Label heading = new Label();
        heading.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        heading.setText("Rule");
        VBox box = new VBox(10, heading, layout.node(),
                FormParts.button("save-rule", "Save rule", model::saveRule, model.busyProperty(), true),
                FormParts.status("rule-message", form.messageProperty()));
        box.setPadding(new Insets(4, 12, 4, 4));
        return box;
    }

    private static String subject(SubjectPatternRule rule) {
        return RuleForm.SUBJECT_KEYS.stream().filter(rule.subjectPattern()::containsKey)
                .map(key -> key + "=" + rule.subjectPattern().get(key)).collect(Collectors.joining(", "));
    }
}
