package dev.connectorconsole.ui.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A search over log text: plain (case-insensitive) or a regular expression. Immutable. */
public final class LogSearch {
    public static final LogSearch NONE = new LogSearch("", false, null, null);

    private final String query;
    private final boolean regex;
    private final Pattern pattern;
    private final String problem;

    private LogSearch(String query, boolean regex, Pattern pattern, String problem) {
        this.query = query;
        this.regex = regex;
        this.pattern = pattern;
        this.problem = problem;
    }

    public static LogSearch of(String query, boolean regex) {
        if (query == null || query.isEmpty()) {
            return NONE;
        }
        if (!regex) {
            return new LogSearch(query, false, Pattern.compile(Pattern.quote(query),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), null);
        }
        try {
            return new LogSearch(query, true, Pattern.compile(query), null);
        } catch (PatternSyntaxException e) {
            return new LogSearch(query, true, null, "Not a valid regular expression: "
                    + e.getDescription().toLowerCase(Locale.ROOT));
        }
    }

    public boolean isActive() {
        return pattern != null;
    }

    /** Why the query cannot be used, or empty. */
    public String problem() {
        return problem == null ? "" : problem;
    }

    public boolean matches(String text) {
        return pattern != null && pattern.matcher(text).find();
    }

    /** Start/end pairs of every non-empty match in {@code text}. */
    public List<int[]> ranges(String text) {
        if (pattern == null) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>(2);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                ranges.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return ranges;
    }

    public String query() {
        return query;
    }

    public boolean regex() {
        return regex;
    }
}
