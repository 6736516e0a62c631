package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionTest {
    private static Version v(String text) {
        return Version.parse(text);
    }

    @Test
    void comparesComponentsNumericallyNotAsText() {
        assertThat(v("2.10.0")).isGreaterThan(v("2.9.5"));
        assertThat(v("8.1.102")).isGreaterThan(v("8.1.99"));
    }

    @Test
    void missingComponentsCountAsZero() {
        assertThat(v("2.19")).isEqualTo(v("2.19.0")).hasSameHashCodeAs(v("2.19.0"));
        assertThat(v("2.12.0.1")).isGreaterThan(v("2.12.0"));
    }

    @Test
    void upperBoundCoversItsOwnPatchLevels() {
        assertThat(v("2.18.2.1").isWithin(v("2.14.0"), v("2.18.2"))).isTrue();
        assertThat(v("2.18.3").isWithin(v("2.14.0"), v("2.18.2"))).isFalse();
        assertThat(v("2.19.9").isWithin(v("2.15.0"), v("2.19"))).isTrue();
        assertThat(v("2.20.0").isWithin(v("2.15.0"), v("2.19"))).isFalse();
        assertThat(v("2.13.9").isWithin(v("2.14.0"), v("2.18.2"))).isFalse();
        assertThat(v("9.0").isWithin(v("2.17.0"), null)).isTrue();
    }

    @Test
    void keepsTheTextAsWritten() {
        assertThat(v("8.1.048")).hasToString("8.1.048");
        assertThat(v("8.1.048").part(2)).isEqualTo(48);
        assertThat(v("21.0.12").major()).isEqualTo(21);
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        assertThat(Version.tryParse("2.19.x")).isEmpty();
        assertThat(Version.tryParse("")).isEmpty();
        assertThat(Version.tryParse("99999999999")).isEmpty();
        assertThatThrownBy(() -> Version.parse("latest")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latest");
    }
}
