package dev.connectorconsole.engine.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a line that may contain ANSI escape sequences into plain text plus {@link StyledRun}s. SGR sequences
 * ({@code ESC [ ... m}) become style classes such as {@code ansi-red}, {@code ansi-bright-green}, {@code ansi-bg-blue},
 * {@code ansi-bold}; 256-colour and true-colour codes are degraded to the nearest of the 16 basic colours. Every
 * other escape (cursor movement, erase, OSC titles and links, character set selection) is removed.
 */
public final class AnsiText {

    static final char ESC = '\u001b';
    private static final char BEL = '\u0007';

    private static final String[] COLOR_NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

    /** xterm's 16 standard colours, used to degrade 256-colour and RGB codes. */
    private static final int[][] PALETTE = {
        {0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0}, {0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
        {127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0}, {92, 92, 255}, {255, 0, 255}, {0, 255, 255},
        {255, 255, 255}
    };
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};

    private AnsiText() {}

    /** Whether {@code raw} contains anything this class would change. */
    public static boolean hasEscapes(String raw) {
        return raw.indexOf(ESC) >= 0;
    }

    public static StyledText parse(String raw) {
        if (!hasEscapes(raw)) {
            return new StyledText(raw, List.of());
        }
        StringBuilder text = new StringBuilder(raw.length());
        List<StyledRun> runs = new ArrayList<>();
        SgrState state = new SgrState();
        String runClass = null;
        int runStart = 0;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c != ESC) {
                text.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                break;
            }
            char kind = raw.charAt(i + 1);
            if (kind == '[') {
                int end = csiEnd(raw, i + 2);
                if (end < 0) {
                    break;
                }
                if (raw.charAt(end) == 'm' && isPlainParameterList(raw, i + 2, end)) {
                    state.apply(raw, i + 2, end);
                    String newClass = state.styleClass();
                    if (!sameClass(newClass, runClass)) {
                        addRun(runs, runStart, text.length(), runClass);
                        runClass = newClass;
                        runStart = text.length();
                    }
                }
                i = end + 1;
            } else if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
                i = stringEnd(raw, i + 2);
            } else if (kind == '(' || kind == ')' || kind == '*' || kind == '+' || kind == '#' || kind == '%') {
                i = Math.min(n, i + 3);
            } else {
                i += 2;
            }
        }
        addRun(runs, runStart, text.length(), runClass);
        return new StyledText(text.toString(), runs);
    }

    private static boolean sameClass(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static void addRun(List<StyledRun> runs, int start, int end, String styleClass) {
        if (styleClass == null || end <= start) {
            return;
        }
        if (!runs.isEmpty()) {
            StyledRun last = runs.get(runs.size() - 1);
            if (last.end() == start && last.styleClass().equals(styleClass)) {
                runs.set(runs.size() - 1, new StyledRun(last.start(), end, styleClass));
                return;
            }
        }
        runs.add(new StyledRun(start, end, styleClass));
    }

    /** Index of the final byte of a CSI sequence whose parameters start at {@code from}, or -1 if it is cut off. */
    private static int csiEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x40 && c <= 0x7e) {
                return i;
            }
            if (c < 0x20 || c > 0x7e) {
                return i - 1; // malformed: the sequence ends before this character, which stays in the text
            }
        }
        return -1;
    }

    private static boolean isPlainParameterList(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ';' && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** Index just after an OSC/DCS-style string that starts at {@code from}: ended by BEL or ESC \. */
    private static int stringEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == BEL) {
                return i + 1;
            }
            if (c == ESC && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                return i + 2;
            }
        }
        return s.length();
    }

    /** Nearest of the 16 basic colours (0-7 normal, 8-15 bright) to an RGB value. */
    static int nearestBasicColor(int r, int g, int b) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < PALETTE.length; i++) {
            long dr = r - PALETTE[i][0];
            long dg = g - PALETTE[i][1];
            long db = b - PALETTE[i][2];
            long distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** One of the 16 basic colours for an xterm 256-colour index. */
    static int basicColorOf256(int index) {
        if (index < 16) {
            return index;
        }
        if (index < 232) {
            int cube = index - 16;
            return nearestBasicColor(CUBE_LEVELS[cube / 36], CUBE_LEVELS[(cube / 6) % 6], CUBE_LEVELS[cube % 6]);
        }
        int gray = 8 + 10 * (index - 232);
        return nearestBasicColor(gray, gray, gray);
    }

    private static String colorClass(String prefix, int basicColor) {
        return prefix + (basicColor >= 8 ? "bright-" : "") + COLOR_NAMES[basicColor % 8];
    }

    /** The graphic rendition in force while walking a line. */
    private static final class SgrState {
        private boolean bold;
        private boolean faint;
        private boolean italic;
        private boolean underline;
        private String foreground;
        private String background;

        void apply(String s, int from, int to) {
            int[] params = parameters(s, from, to);
            for (int p = 0; p < params.length; p++) {
                int code = params[p];
                switch (code) {
                    case 0 -> reset();
                    case 1 -> bold = true;
                    case 2 -> faint = true;
                    case 3 -> italic = true;
                    case 4 -> underline = true;
                    case 22 -> { bold = false; faint = false; }
                    case 23 -> italic = false;
                    case 24 -> underline = false;
                    case 39 -> foreground = null;
                    case 49 -> background = null;
                    case 38, 48 -> {
                        int consumed = extendedColor(params, p, code == 38 ? "ansi-" : "ansi-bg-");
                        p += consumed;
                    }
                    default -> {
                        if (code >= 30 && code <= 37) {
                            foreground = colorClass("ansi-", code - 30);
                        } else if (code >= 90 && code <= 97) {
                            foreground = colorClass("ansi-", code - 90 + 8);
                        } else if (code >= 40 && code <= 47) {
                            background = colorClass("ansi-bg-", code - 40);
                        } else if (code >= 100 && code <= 107) {
                            background = colorClass("ansi-bg-", code - 100 + 8);
                        }
                    }
                }
            }
        }

        /** Applies {@code 38;5;n} or {@code 38;2;r;g;b} (and the 48 forms); returns how many extra parameters it used. */
        private int extendedColor(int[] params, int at, String prefix) {
            if (at + 2 < params.length && params[at + 1] == 5) {
                int index = params[at + 2];
                if (index >= 0 && index <= 255) {
                    set(prefix, colorClass(prefix, basicColorOf256(index)));
                }
                return 2;
            }
            if (at + 4 < params.length && params[at + 1] == 2) {
                int color = nearestBasicColor(clamp(params[at + 2]), clamp(params[at + 3]), clamp(params[at + 4]));
                set(prefix, colorClass(prefix, color));
                return 4;
            }
            return params.length - at - 1;
        }

        private void set(String prefix, String styleClass) {
            if (prefix.equals("ansi-")) {
                foreground = styleClass;
            } else {
                background = styleClass;
            }
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }

        private void reset() {
            bold = false;
            faint = false;
            italic = false;
            underline = false;
            foreground = null;
            background = null;
        }

        String styleClass() {
            StringBuilder sb = new StringBuilder();
            append(sb, bold ? "ansi-bold" : null);
            append(sb, faint ? "ansi-faint" : null);
            append(sb, italic ? "ansi-italic" : null);
            append(sb, underline ? "ansi-underline" : null);
            append(sb, foreground);
            append(sb, background);
            return sb.length() == 0 ? null : sb.toString();
        }

        private static void append(StringBuilder sb, String styleClass) {
            if (styleClass != null) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(styleClass);
            }
        }

        /** SGR parameters; ':' separated sub-parameters count as separate ones; an empty parameter is 0. */
        private static int[] parameters(String s, int from, int to) {
            if (from == to) {
                return new int[] {0};
            }
            int count = 1;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == ';' || c == ':') {
                    count++;
                }
            }
            int[] params = new int[count];
            int p = 0;
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == ';' || c == ':') {
                    params[p++] = value;
                    value = 0;
                } else if (value < 100_000) {
                    value = value * 10 + (c - '0');
                }
            }
            params[p] = value;
            return params;
        }
    }
}
