package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.SubjectPatternCondition;
import dev.connectorconsole.connector.SubjectPatternRule;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The add/edit form of one principal propagation subject pattern rule, without a toolkit: the condition
 * (attribute, operator, value), the certificate subject fields and a description. {@code editing} is the zero-based
 * index of the rule being replaced, or -1 when adding.
 */
final class RuleForm {
    static final List<String> SUBJECT_KEYS = SubjectPatternRule.PATTERN_KEYS;
    private static final Map<String, String> SUBJECT_LABELS = Map.of("CN", "Common name (CN)", "EMAIL", "E-mail (EMAIL)",
            "L", "Locality (L)", "OU", "Organizational unit (OU)", "O", "Organization (O)", "ST", "State (ST)",
            "C", "Country (C)");

    private final ObjectProperty<String> operator = new SimpleObjectProperty<>("is");
    private final FormField variable = new FormField("Attribute", SettingsRules::variable);
    private final FormField value = new FormField("Value",
            text -> SettingsRules.conditionValue(text, needsValue()), operator);
    private final Map<String, FormField> subject = new LinkedHashMap<>();
    private final FormField description = new FormField("Description", SettingsRules::description);
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);
    private int editing = -1;

    RuleForm() {
        for (String key : SUBJECT_KEYS) {
            subject.put(key, new FormField(SUBJECT_LABELS.get(key), key.equals("CN") ? SettingsRules::commonName : text -> ""));
        }
    }

    void startAdd() {
        editing = -1;
        operator.set("is");
        variable.load("name");
        value.load("");
        subject.forEach((key, field) -> field.load(key.equals("CN") ? "${name}" : ""));
        description.load("");
        message.set(FormMessage.NONE);
    }

    void startEdit(int index, SubjectPatternRule rule) {
        editing = index;
        SubjectPatternCondition condition = Objects.requireNonNull(rule.condition(), "the catch-all rule cannot be edited");
        operator.set(condition.operator());
        variable.load(condition.variable());
        value.load(Objects.requireNonNullElse(condition.value(), ""));
        subject.forEach((key, field) -> field.load(rule.subjectPattern().getOrDefault(key, "")));
        description.load(Objects.requireNonNullElse(rule.description(), ""));
        message.set(FormMessage.NONE);
    }

    boolean needsValue() {
        return operator.get() != null && operator.get().startsWith("is");
    }

    List<FormField> fields() {
        List<FormField> all = new java.util.ArrayList<>(List.of(variable, value));
        all.addAll(subject.values());
        all.add(description);
        return all;
    }

    boolean checkAll() {
        fields().forEach(FormField::touch);
        return fields().stream().allMatch(FormField::isValid);
    }

    SubjectPatternRule toRule() {
        Map<String, String> pattern = new LinkedHashMap<>();
        subject.forEach((key, field) -> {
            if (!field.trimmed().isEmpty()) {
                pattern.put(key, field.trimmed());
            }
        });
        SubjectPatternCondition condition = new SubjectPatternCondition(variable.trimmed(), operator.get(),
                needsValue() ? value.trimmed() : null);
        return new SubjectPatternRule(description.trimmed().isEmpty() ? null : description.trimmed(), condition, null, pattern);
    }

    int editing() { return editing; }
    ObjectProperty<String> operatorProperty() { return operator; }
    FormField variable() { return variable; }
    FormField value() { return value; }
    FormField subject(String key) { return subject.get(key); }
    FormField description() { return description; }
    ObjectProperty<FormMessage> messageProperty() { return message; }
}
