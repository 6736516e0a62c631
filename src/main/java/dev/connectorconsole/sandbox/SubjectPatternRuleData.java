package dev.connectorconsole.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** One principal propagation subject pattern rule; a null {@code operator} is the catch-all rule ("always true"). */
final class SubjectPatternRuleData {
    public String description;
    public String variable;
    public String operator;
    public String value;
    public Map<String, String> subjectPattern = new LinkedHashMap<>();

    /** The rule a fresh connector has: {@code {"condition":"always true","subjectPattern":{"CN":"${name}"}}}. */
    static SubjectPatternRuleData catchAll() {
        SubjectPatternRuleData rule = new SubjectPatternRuleData();
        rule.subjectPattern.put("CN", "${name}");
        return rule;
    }

    boolean isCatchAll() {
        return operator == null;
    }
}
