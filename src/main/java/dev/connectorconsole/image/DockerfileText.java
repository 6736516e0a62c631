package dev.connectorconsole.image;

import java.util.List;

/** Accumulates Dockerfile lines; continuation lines are indented under their instruction. */
final class DockerfileText {
    private final StringBuilder text = new StringBuilder();

    /** Starts a build stage: {@code FROM <from>}. */
    void stage(String from) {
        line("FROM " + from);
    }

    void line(String line) {
        text.append(line).append('\n');
    }

    void blank() {
        text.append('\n');
    }

    void comment(String comment) {
        line("# " + comment);
    }

    void instruction(String keyword, List<String> lines) {
        line(keyword + " " + lines.get(0));
        for (String continuation : lines.subList(1, lines.size())) {
            line(continuation.startsWith(" ") ? continuation : "    " + continuation);
        }
    }

    String text() {
        return text.toString();
    }
}
