package dev.connectorconsole.connector;

import java.util.List;

/**
 * When a principal propagation subject pattern rule applies: {@code variable operator value}, operator one of
 * {@link #OPERATORS}; value only for "is" and "is_not". The connector lists it as text ("name is Terraform"),
 * which {@link #fromText} reads back.
 */
public record SubjectPatternCondition(String variable, String operator, String value) {
    public static final List<String> OPERATORS = List.of("is", "is_not", "exist", "exist_not");

    public boolean needsValue() {
        return operator.startsWith("is");
    }

    /** The condition of a listed rule, or null for the catch-all "always true". */
    public static SubjectPatternCondition fromText(String text) {
        if (text == null || text.isBlank() || text.equals("always true")) {
            return null;
        }
        int space = text.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String variable = text.substring(0, space);
        String rest = text.substring(space + 1);
        if (rest.equals("exists")) {
            return new SubjectPatternCondition(variable, "exist", null);
        }
        if (rest.equals("does not exist")) {
            return new SubjectPatternCondition(variable, "exist_not", null);
        }
        if (rest.startsWith("is not ")) {
            return new SubjectPatternCondition(variable, "is_not", rest.substring(7));
        }
        if (rest.startsWith("is ")) {
            return new SubjectPatternCondition(variable, "is", rest.substring(3));
        }
        return null;
    }
}
