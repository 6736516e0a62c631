package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaCompatibilityTest {
    private static Version v(String text) {
        return Version.parse(text);
    }

    @Test
    void followsSapsTableAtEveryBoundary() {
        assertThat(JavaCompatibility.problem(v("2.7.2"), JavaVendor.SAP_JVM, 8)).isEmpty();
        assertThat(JavaCompatibility.problem(v("2.14.0"), JavaVendor.SAPMACHINE, 11)).isEmpty();
        assertThat(JavaCompatibility.problem(v("2.18.2"), JavaVendor.SAPMACHINE, 11)).isEmpty();
        assertThat(JavaCompatibility.problem(v("2.18.3"), JavaVendor.SAPMACHINE, 11)).isPresent();
        assertThat(JavaCompatibility.problem(v("2.14.1"), JavaVendor.SAPMACHINE, 17)).isPresent();
        assertThat(JavaCompatibility.problem(v("2.19.1"), JavaVendor.SAPMACHINE, 17)).isEmpty();
        assertThat(JavaCompatibility.problem(v("2.20.0"), JavaVendor.SAPMACHINE, 17)).isPresent();
        assertThat(JavaCompatibility.problem(v("2.16.2"), JavaVendor.SAPMACHINE, 21)).isPresent();
        assertThat(JavaCompatibility.problem(v("2.17.0"), JavaVendor.SAPMACHINE, 21)).isEmpty();
        assertThat(JavaCompatibility.problem(v("2.18.4"), JavaVendor.SAPMACHINE, 25)).isPresent();
        assertThat(JavaCompatibility.problem(v("2.19.0"), JavaVendor.SAPMACHINE, 25)).isEmpty();
    }

    @Test
    void explainsTheRangeAndWhatWouldWork() {
        assertThat(JavaCompatibility.problem(v("2.19.1"), JavaVendor.SAPMACHINE, 11)).contains(
                "SapMachine 11 supports Cloud Connector 2.14.0 to 2.18.2; 2.19.1 needs SapMachine 17, 21 or 25 or SAP JVM 8");
        assertThat(JavaCompatibility.problem(v("2.20.0"), JavaVendor.SAPMACHINE, 17)).contains(
                "SapMachine 17 supports Cloud Connector 2.15.0 to 2.19.x; 2.20.0 needs SapMachine 21 or 25 or SAP JVM 8");
        assertThat(JavaCompatibility.problem(v("2.13.0"), JavaVendor.SAPMACHINE, 21)).contains(
                "SapMachine 21 supports Cloud Connector 2.17.0 and higher; 2.13.0 needs SAP JVM 8");
    }

    @Test
    void namesJavaVersionsOutsideTheTable() {
        assertThat(JavaCompatibility.problem(v("2.19.1"), JavaVendor.SAPMACHINE, 23)).contains(
                "SapMachine 23 is not a Java version the Cloud Connector supports (supported: SapMachine 11, 17, 21, 25);"
                        + " 2.19.1 needs SapMachine 17, 21 or 25 or SAP JVM 8");
        assertThat(JavaCompatibility.problem(v("2.19.1"), JavaVendor.SAP_JVM, 7).orElseThrow())
                .startsWith("SAP JVM 7 is not a Java version the Cloud Connector supports (supported: SAP JVM 8)");
    }

    @Test
    void rejectsConnectorsOlderThanTheTable() {
        assertThat(JavaCompatibility.problem(v("2.6.0"), JavaVendor.SAP_JVM, 8).orElseThrow())
                .startsWith("Cloud Connector 2.6.0 is older than any version");
    }
}
