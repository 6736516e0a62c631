package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineTimestampsTest {

    private static Instant parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return EngineTimestamps.parse(b, 0, b.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-25T02:09:47.123456789Z", "2026-11-25T02:09:47.1Z", "2026-11-25T02:09:47Z",
        "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "2026-11-25T03:09:47.5+01:00",
        "2026-11-24T20:39:47.25-05:30"
    })
    void agreesWithTheJdkOnValidTimestamps(String text) {
        assertThat(parse(text)).isEqualTo(java.time.OffsetDateTime.parse(text).toInstant());
    }

    @Test
    void moreThanNineFractionDigitsAreTruncated() {
        assertThat(parse("2026-11-25T02:09:47.1234567891Z")).isEqualTo(Instant.parse("2026-11-25T02:09:47.123456789Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "hello world", "2026-11-25 02:09:47Z", "2026-13-25T02:09:47Z", "2026-02-30T02:09:47Z",
        "2026-11-25T24:09:47Z", "2026-11-25T02:09:47", "2026-11-25T02:09:47.Z", "2026-11-25T02:09:47.12", "2026-1a-25T02:09:47Z"
    })
    void rejectsWhatIsNotATimestamp(String text) {
        assertThat(parse(text)).isNull();
    }

    @Test
    void formatsLikeTheEngineWithNineDigits() {
        assertThat(EngineTimestamps.format(Instant.parse("2026-11-25T02:09:47.1Z"))).isEqualTo("2026-11-25T02:09:47.100000000Z");
    }
}
