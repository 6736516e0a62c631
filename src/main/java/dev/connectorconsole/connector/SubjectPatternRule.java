package dev.connectorconsole.connector;

import java.util.List;
import java.util.Map;

/**
 * A principal propagation subject pattern rule: the certificate subject ({@code CN}, {@code EMAIL}, ... see
 * {@link #PATTERN_KEYS}) issued when the condition holds; {@code condition} is null for the catch-all rule
 * ("always true"), which is shown but cannot be sent. {@code conditionText} is the connector's wording.
 */
public record SubjectPatternRule(String description, SubjectPatternCondition condition, String conditionText,
                                 Map<String, String> subjectPattern) {
    public static final List<String> PATTERN_KEYS = List.of("CN", "EMAIL", "L", "OU", "O", "ST", "C");

    public SubjectPatternRule {
        subjectPattern = Map.copyOf(subjectPattern);
    }
}
