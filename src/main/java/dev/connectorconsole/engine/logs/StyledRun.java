package dev.connectorconsole.engine.logs;

import java.util.List;

/**
 * A styled stretch {@code [start, end)} of a {@link LogLine}'s text. Runs of one line never overlap; when several
 * attributes apply at once (bold and red) the run carries them all, separated by spaces: {@code "ansi-bold ansi-red"}.
 */
public record StyledRun(int start, int end, String styleClass) {

    public StyledRun {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative run [" + start + ", " + end + ")");
        }
        if (styleClass == null || styleClass.isBlank()) {
            throw new IllegalArgumentException("a run needs a style class");
        }
    }

    /** The style classes one by one, ready for a node's style class list. */
    public List<String> styleClasses() {
        return List.of(styleClass.split(" "));
    }
}
