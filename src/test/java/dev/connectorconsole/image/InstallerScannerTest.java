package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallerScannerTest {
    @TempDir
    Path downloads;

    @Test
    void findsTheInstallerZipWithTheSapJvmRpm() throws IOException {
        Path zip = SapDownloads.installerZip(downloads, "2.19.1", "6");
        Path rpm = SapDownloads.sapJvmRpm(downloads, "8.1.102");
        TestArchives.text(downloads.resolve("readme.txt"), "notes");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.problems()).isEmpty();
        assertThat(scan.ready()).isTrue();
        assertThat(scan.pairing()).contains(Pairing.INSTALLER_WITH_SAPJVM_RPM);
        SccPackage scc = scan.scc().orElseThrow();
        assertThat(scc.file()).isEqualTo(zip);
        assertThat(scc.version()).hasToString("2.19.1");
        assertThat(scc.rpmEntry()).isEqualTo("com.sap.scc-ui-2.19.1-6.x86_64.rpm");
        assertThat(scan.jvm().orElseThrow().file()).isEqualTo(rpm);
        assertThat(scan.jvm().orElseThrow().displayName()).isEqualTo("SAP JVM 8.1.102");
    }

    @Test
    void findsTheRpmInASubfolderOfTheZip() throws IOException {
        TestArchives.zip(downloads.resolve("sapcc-2.17.2-linux-x64.zip"),
                TestArchives.entries("sapcc/", "sapcc/com.sap.scc-ui-2.17.2-4.x86_64.rpm"));
        SapDownloads.sapJvmZip(downloads, "8.1.102");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.pairing()).contains(Pairing.INSTALLER_WITH_SAPJVM_ZIP);
        assertThat(scan.scc().orElseThrow().rpmEntry()).isEqualTo("sapcc/com.sap.scc-ui-2.17.2-4.x86_64.rpm");
        assertThat(scan.jvm().orElseThrow().topDirectory()).isEqualTo("sapjvm_8");
    }

    @Test
    void findsThePortableTarballWithSapMachine() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapMachineJdk(downloads, "21.0.12");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.problems()).isEmpty();
        assertThat(scan.pairing()).contains(Pairing.PORTABLE_WITH_SAPMACHINE);
        assertThat(scan.jvm().orElseThrow().displayName()).isEqualTo("SapMachine 21.0.12");
    }

    @Test
    void findsThePortableTarballWithTheSapJvmZip() throws IOException {
        SapDownloads.portableTgz(downloads, "2.18.1");
        SapDownloads.sapJvmZip(downloads, "8.1.099");

        assertThat(InstallerScanner.scan(downloads).pairing()).contains(Pairing.PORTABLE_WITH_SAPJVM_ZIP);
    }

    @Test
    void anEmptyFolderSaysWhatToDownload() {
        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.ready()).isFalse();
        assertThat(scan.problems()).containsExactly(
                "No Cloud Connector package found: download sapcc-<version>-linux-x64.zip or .tar.gz from"
                        + " tools.hana.ondemand.com (Cloud tab)",
                "No Java package found: download SAP JVM 8 (sapjvm-<version>-linux-x64.rpm or .zip from"
                        + " tools.hana.ondemand.com (Cloud tab)) or a SapMachine JDK"
                        + " (sapmachine-jdk-<version>_linux-x64_bin.tar.gz from sapmachine.io)");
    }

    @Test
    void aMissingJavaIsNamedForThePortableVersionFound() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.scc()).isPresent();
        assertThat(scan.problems()).containsExactly("No Java package found: Cloud Connector 2.19.1 runs with SAP JVM 8"
                + " (sapjvm-<version>-linux-x64.zip from tools.hana.ondemand.com (Cloud tab)) or SapMachine 17, 21 or 25"
                + " (sapmachine-jdk-<version>_linux-x64_bin.tar.gz from sapmachine.io)");
    }

    @Test
    void sapMachine11IsTooOldForCloudConnector219() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapMachineJdk(downloads, "11.0.25");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.ready()).isFalse();
        assertThat(scan.problems()).containsExactly(
                "SapMachine 11 supports Cloud Connector 2.14.0 to 2.18.2; 2.19.1 needs SapMachine 17, 21 or 25 or SAP JVM 8");
    }

    @Test
    void theInstallerZipIsNotCombinedWithSapMachine() throws IOException {
        SapDownloads.installerZip(downloads, "2.19.1", "6");
        SapDownloads.sapMachineJdk(downloads, "21.0.12");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.problems()).containsExactly("The installer sapcc-2.19.1-linux-x64.zip is installed with SAP JVM 8"
                + " in this app (sapjvm-<version>-linux-x64.rpm or .zip); to use SapMachine 21.0.12, download the"
                + " portable sapcc-2.19.1-linux-x64.tar.gz instead");
    }

    @Test
    void theRightPairIsChosenWhenBothPackageKindsAreThere() throws IOException {
        SapDownloads.installerZip(downloads, "2.19.1", "6");
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapMachineJdk(downloads, "25.0.1");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.problems()).isEmpty();
        assertThat(scan.pairing()).contains(Pairing.PORTABLE_WITH_SAPMACHINE);
        assertThat(scan.notes()).contains("Several Cloud Connector packages found; using sapcc-2.19.1-linux-x64.tar.gz");
    }

    @Test
    void theNewestConnectorIsUsedAndSaidSo() throws IOException {
        SapDownloads.installerZip(downloads, "2.18.1", "3");
        SapDownloads.installerZip(downloads, "2.19.1", "6");
        SapDownloads.sapJvmRpm(downloads, "8.1.099");
        SapDownloads.sapJvmRpm(downloads, "8.1.102");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.scc().orElseThrow().version()).hasToString("2.19.1");
        assertThat(scan.jvm().orElseThrow().version()).hasToString("8.1.102");
        assertThat(scan.notes()).containsExactly(
                "Several Cloud Connector packages found; using sapcc-2.19.1-linux-x64.zip",
                "Several Java packages found; using sapjvm-8.1.102-linux-x64.rpm");
    }

    @Test
    void aZipWithoutTheRpmIsNotTheInstaller() throws IOException {
        TestArchives.zip(downloads.resolve("sapcc-2.19.1-linux-x64.zip"), TestArchives.entries("readme.txt"));
        SapDownloads.sapJvmRpm(downloads, "8.1.102");

        assertThat(InstallerScanner.scan(downloads).problems()).startsWith(
                "sapcc-2.19.1-linux-x64.zip holds no com.sap.scc-ui-<version>-<build>.x86_64.rpm: it is not the"
                        + " Cloud Connector installer, or the download is damaged");
    }

    @Test
    void aTruncatedZipIsReportedAsABrokenDownload() throws IOException {
        Path zip = SapDownloads.installerZip(downloads, "2.19.1", "6");
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        SapDownloads.sapJvmRpm(downloads, "8.1.102");

        assertThat(InstallerScanner.scan(downloads).problems()).first().asString()
                .isEqualTo("sapcc-2.19.1-linux-x64.zip cannot be opened as a zip archive: the download is probably"
                        + " incomplete or damaged; download it again");
    }

    @Test
    void aTarballWithoutGoShIsNotThePortableConnector() throws IOException {
        TestArchives.tarGz(downloads.resolve("sapcc-2.19.1-linux-x64.tar.gz"), TestArchives.entries("docs/readme.txt"));
        SapDownloads.sapMachineJdk(downloads, "21.0.12");

        assertThat(InstallerScanner.scan(downloads).problems()).startsWith(
                "sapcc-2.19.1-linux-x64.tar.gz holds no go.sh at its top level: it is not the portable Cloud Connector");
    }

    @Test
    void aTarballThatIsNotGzipIsABrokenDownload() throws IOException {
        TestArchives.text(downloads.resolve("sapcc-2.19.1-linux-x64.tar.gz"), "<html>Please accept the EULA</html>");

        assertThat(InstallerScanner.scan(downloads).problems()).first().asString()
                .isEqualTo("sapcc-2.19.1-linux-x64.tar.gz is not a gzip-compressed archive: the download is probably"
                        + " incomplete or damaged; download it again");
    }

    @Test
    void otherArchitecturesAreNotSupportedOnX64() throws IOException {
        TestArchives.zip(downloads.resolve("sapcc-2.19.1-linux-arm64.zip"),
                TestArchives.entries("com.sap.scc-ui-2.19.1-6.aarch64.rpm"));
        TestArchives.rpm(downloads.resolve("sapjvm-8.1.102-linux-ppc64le.rpm"));

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.problems()).contains(
                "sapcc-2.19.1-linux-arm64.zip is for arm64, which this app does not support: it builds x64"
                        + " (linux/amd64) images; download sapcc-2.19.1-linux-x64.zip or sapcc-2.19.1-linux-x64.tar.gz",
                "sapjvm-8.1.102-linux-ppc64le.rpm is for ppc64le, which this app does not support: it builds x64"
                        + " (linux/amd64) images; download sapjvm-8.1.102-linux-x64.rpm or .zip");
    }

    @Test
    void windowsAndMacPackagesAreNamedAsSuch() throws IOException {
        TestArchives.zip(downloads.resolve("sapcc-2.19.1-windows-x64.zip"), TestArchives.entries("go.bat"));
        TestArchives.tarGz(downloads.resolve("sapcc-2.19.1-macosx-x64.tar.gz"), TestArchives.entries("go.sh"));

        assertThat(InstallerScanner.scan(downloads).problems()).contains(
                "sapcc-2.19.1-windows-x64.zip is the Windows package; a container needs sapcc-2.19.1-linux-x64.zip"
                        + " or sapcc-2.19.1-linux-x64.tar.gz",
                "sapcc-2.19.1-macosx-x64.tar.gz is the macOS package; a container needs sapcc-2.19.1-linux-x64.zip"
                        + " or sapcc-2.19.1-linux-x64.tar.gz");
    }

    @Test
    void aJreIsNotEnough() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        String top = "sapmachine-jre-21.0.12/";
        TestArchives.tarGz(downloads.resolve("sapmachine-jre-21.0.12_linux-x64_bin.tar.gz"),
                TestArchives.entries(top, top + "bin/java"));

        assertThat(InstallerScanner.scan(downloads).problems()).contains(
                "sapmachine-jre-21.0.12_linux-x64_bin.tar.gz is a Java runtime (JRE) only; the Cloud Connector needs"
                        + " a full JDK: download sapmachine-jdk-21.0.12_linux-x64_bin.tar.gz from sapmachine.io");
    }

    @Test
    void aJdkArchiveWithoutJavacIsNotAcceptedAsAJdk() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        String top = "sapmachine-jdk-21.0.12/";
        TestArchives.tarGz(downloads.resolve("sapmachine-jdk-21.0.12_linux-x64_bin.tar.gz"),
                TestArchives.entries(top, top + "bin/java"));

        assertThat(InstallerScanner.scan(downloads).problems()).contains(
                "sapmachine-jdk-21.0.12_linux-x64_bin.tar.gz holds no bin/javac: it is not a full JDK, which the Cloud"
                        + " Connector needs, or the download is damaged");
    }

    @Test
    void otherJavaDistributionsAreNotSupported() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        TestArchives.text(downloads.resolve("OpenJDK17U-jdk_x64_linux_hotspot_17.0.13_11.tar.gz"), "x");

        assertThat(InstallerScanner.scan(downloads).problems()).contains(
                "OpenJDK17U-jdk_x64_linux_hotspot_17.0.13_11.tar.gz is not a Java package this app can use: download"
                        + " SAP JVM 8 (sapjvm-<version>-linux-x64.rpm or .zip) from tools.hana.ondemand.com (Cloud tab)"
                        + " or a SapMachine JDK (sapmachine-jdk-<version>_linux-x64_bin.tar.gz) from sapmachine.io");
    }

    @Test
    void rejectedExtrasBesideAWorkingPairAreOnlyNotes() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapMachineJdk(downloads, "17.0.13");
        TestArchives.text(downloads.resolve("sapmachine-jdk-21.0.12_linux-x64_bin.tar.gz.crdownload"), "");

        InstallerScan scan = InstallerScanner.scan(downloads);

        assertThat(scan.ready()).isTrue();
        assertThat(scan.notes()).containsExactly("sapmachine-jdk-21.0.12_linux-x64_bin.tar.gz.crdownload is an"
                + " unfinished download: let it complete, or download it again");
    }

    @Test
    void aFolderThatDoesNotExistIsSaidPlainly() {
        Path missing = downloads.resolve("nowhere");

        assertThat(InstallerScanner.scan(missing).problems()).containsExactly(
                "Folder " + missing + " does not exist: choose the folder that holds the downloaded files");
    }
}
