package dev.connectorconsole.image;

import java.io.IOException;
import java.nio.file.Path;

/** Synthetic stand-ins for the files a user downloads from SAP, with the same names and inner layout. */
final class SapDownloads {
    private SapDownloads() {}

    static Path installerZip(Path folder, String version, String build) throws IOException {
        return TestArchives.zip(folder.resolve("sapcc-" + version + "-linux-x64.zip"),
                TestArchives.entries("com.sap.scc-ui-" + version + "-" + build + ".x86_64.rpm", "license.txt"));
    }

    static Path portableTgz(Path folder, String version) throws IOException {
        return TestArchives.tarGz(folder.resolve("sapcc-" + version + "-linux-x64.tar.gz"),
                TestArchives.entries("./", "./go.sh", "./daemon.sh", "./props.ini", "./config/", "./config/users.xml"));
    }

    static Path sapJvmRpm(Path folder, String version) throws IOException {
        return TestArchives.rpm(folder.resolve("sapjvm-" + version + "-linux-x64.rpm"));
    }

    static Path sapJvmZip(Path folder, String version) throws IOException {
        return TestArchives.zip(folder.resolve("sapjvm-" + version + "-linux-x64.zip"),
                TestArchives.entries("sapjvm_8/", "sapjvm_8/bin/java", "sapjvm_8/bin/javac", "sapjvm_8/jre/lib/rt.jar"));
    }

    static Path sapMachineJdk(Path folder, String version) throws IOException {
        String top = "sapmachine-jdk-" + version + "/";
        return TestArchives.tarGz(folder.resolve("sapmachine-jdk-" + version + "_linux-x64_bin.tar.gz"),
                TestArchives.entries(top, top + "bin/", top + "bin/java", top + "bin/javac", top + "release"));
    }
}
