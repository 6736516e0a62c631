package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each poll of a file hands on: only new complete lines; a truncated or rotated file is read from its start. */
class ArchiveFilePollerTest {

    private static ArchiveFilePoller poller(Integer tail) {
        return new ArchiveFilePoller(null, "c", "/f", tail, ArchiveFilePoller.INTERVAL, lines -> { }, problem -> { });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void handsOnOnlyNewCompleteLines() {
        ArchiveFilePoller poller = poller(null);
        assertThat(poller.newLines(bytes("a\nb\nhalf"))).containsExactly("a", "b");
        assertThat(poller.newLines(bytes("a\nb\nhalf"))).isEmpty();
        assertThat(poller.newLines(bytes("a\nb\nhalf line\r\nc\n"))).containsExactly("half line", "c");
    }

    @Test
    void startsWithTheLastLinesAskedFor() {
        assertThat(poller(2).newLines(bytes("1\n2\n3\n4\n"))).containsExactly("3", "4");
        assertThat(poller(0).newLines(bytes("1\n2\n"))).isEmpty();
        assertThat(poller(10).newLines(bytes("1\n2\n"))).containsExactly("1", "2");
    }

    @Test
    void aFileThatShrankOrWasReplacedIsReadFromItsStart() {
        ArchiveFilePoller poller = poller(null);
        poller.newLines(bytes("2026-12-05 10:00:00,000 +0000#INFO#a#t# #one\n2026-12-05 10:00:01,000 +0000#INFO#a#t# #two\n"));
        assertThat(poller.newLines(bytes("2026-12-05 10:05:00,000 +0000#INFO#a#t# #new\n")))
                .as("truncated").containsExactly("2026-12-05 10:05:00,000 +0000#INFO#a#t# #new");
        List<String> rotated = poller.newLines(bytes("2026-12-05 11:00:00,000 +0000#INFO#a#t# #rotated, and longer than before\n"
                + "2026-12-05 11:00:01,000 +0000#INFO#a#t# #next\n"));
        assertThat(rotated).as("replaced by a longer file").hasSize(2);
    }
}
