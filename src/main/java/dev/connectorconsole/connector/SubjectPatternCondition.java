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
        if (text.endsWith(" does not exist")) {
            return new SubjectPatternCondition(text.substring(0, text.length() - 15), "exist_not", null);
        }
        if (text.endsWith(" exists")) {
            return new SubjectPatternCondition(text.substring(0, text.length() - 7), "exist", null);
        }
        int isNot = text.indexOf(" is not ");
        if (isNot > 0) {
            return new SubjectPatternCondition(text.substring(0, isNot), "is_not", text.substring(isNot + 8));
        }
        int is = text.indexOf(" is ");
        if (is > 0) {
            return new SubjectPatternCondition(text.substring(0, is), "is", text.substring(is + 4));
        }
        return null;
    }
}
