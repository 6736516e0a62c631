package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The resource-id encoding of scc-api.md §4.4 and what finally goes over the wire. */
class ResourceIdsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/|-",
        "/sap/opu/odata|-sap-opu-odata",
        "a+b|a+2Bb",
        "a-b|a+2Db",
        "/a-b+c/|-a+2Db+2Bc-",
        "+-/|+2B+2D-",
        "++|+2B+2B",
        "--|+2D+2D",
        "+2D|+2B2D",
        "RFC_READ_TABLE|RFC_READ_TABLE",
        "/with space|-with space",
        "/Überweisung/straße|-Überweisung-straße",
        "/日本/данные|-日本-данные",
    })
    void encodesAndDecodesBack(String id, String encoded) {
        assertThat(ResourceIds.encode(id)).isEqualTo(encoded);
        assertThat(ResourceIds.decode(encoded)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "a+", "+2", "+2X", "+3B"})
    void aPlusWithoutAKnownCodeIsNotAnEncodedId(String segment) {
        assertThatThrownBy(() -> ResourceIds.decode(segment)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodingAcceptsLowerCaseCodes() {
        assertThat(ResourceIds.decode("-a+2db+2bc")).isEqualTo("/a-b+c");
    }

    @Test
    void anEmptyIdIsRefused() {
        assertThatThrownBy(() -> ResourceIds.encode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceIds.encode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUrlBuilderPercentEncodesWhatRemainsAndKeepsThePlus() {
        HttpUrl base = HttpUrl.get("https://connector.example:8443/resources");
        String path = base.newBuilder().addPathSegment(ResourceIds.encode("/a b+c-ü?#%")).build().encodedPath();
        assertThat(path).isEqualTo("/resources/-a%20b+2Bc+2D%C3%BC%3F%23%25");
        assertThat(HttpUrl.get("https://h" + path).pathSegments().get(1)).isEqualTo(ResourceIds.encode("/a b+c-ü?#%"));
    }
}
