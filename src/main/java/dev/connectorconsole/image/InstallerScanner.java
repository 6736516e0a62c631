package dev.connectorconsole.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks at a folder of files downloaded from SAP and finds a Cloud Connector package and a Java package that can be
 * built into an image together, or says in plain sentences what is missing or unsupported.
 * Reads files (a portable tarball is decompressed up to its go.sh): call it off the UI thread.
 */
public final class InstallerScanner {
    static final String SAP_DOWNLOADS = "tools.hana.ondemand.com (Cloud tab)";
    static final String SAPMACHINE_DOWNLOADS = "sapmachine.io";

    private static final Pattern SCC_NAME = Pattern.compile(
            "sapcc-(\\d+(?:\\.\\d+)+)-([a-z]+)-([a-z0-9_]+)\\.(zip|tar\\.gz|tgz|msi|dmg)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAPJVM_NAME = Pattern.compile(
            "sapjvm-(\\d+(?:\\.\\d+)+)-([a-z]+)-([a-z0-9_]+)\\.(rpm|zip|tar\\.gz|tgz|sar|exe|msi|dmg)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAPMACHINE_NAME = Pattern.compile(
            "sapmachine-(jdk|jre)-(\\d+(?:\\.\\d+)*)(?:\\+\\d+)?_([a-z]+)-([a-z0-9_-]+?)_bin\\.(tar\\.gz|zip|dmg|msi)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_JAVA_NAME = Pattern.compile(
            ".*(jdk|jre|jvm|java|temurin|corretto|zulu).*\\.(rpm|deb|zip|tar\\.gz|tgz|msi|exe|dmg|pkg)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNFINISHED_DOWNLOAD = Pattern.compile(
            "(sapcc|sapjvm|sapmachine).*\\.(part|crdownload|download|partial)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCC_RPM = Pattern.compile("com\\.sap\\.scc-ui-(\\d+(?:\\.\\d+)*)-(\\d+)\\.([a-z0-9_]+)\\.rpm");
    private static final Pattern TOP_LEVEL_JAVA = Pattern.compile("([^/]+)/bin/java");
    private static final Pattern TOP_LEVEL_JAVAC = Pattern.compile("[^/]+/bin/javac");

    private final List<SccPackage> sccs = new ArrayList<>();
    private final List<String> sccRejections = new ArrayList<>();
    private final List<JvmPackage> jvms = new ArrayList<>();
    private final List<String> jvmRejections = new ArrayList<>();

    private InstallerScanner() {}

    /** Scans the files directly inside {@code folder} (not sub-folders). Reads zip directories and tar headers only. */
    public static InstallerScan scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            String problem = Files.exists(folder)
                    ? folder + " is a file, not a folder: choose the folder that holds the downloaded files"
                    : "Folder " + folder + " does not exist: choose the folder that holds the downloaded files";
            return new InstallerScan(folder, Optional.empty(), Optional.empty(), List.of(problem), List.of());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return new InstallerScan(folder, Optional.empty(), Optional.empty(),
                    List.of("Folder " + folder + " cannot be read: " + e.getMessage()), List.of());
        }
        InstallerScanner scanner = new InstallerScanner();
        files.forEach(scanner::classify);
        return new InstallerChoice(scanner.sccs, scanner.sccRejections, scanner.jvms, scanner.jvmRejections)
                .decide(folder);
    }

    private void classify(Path file) {
        String name = file.getFileName().toString();
        Matcher matcher;
        if ((matcher = SCC_NAME.matcher(name)).matches()) {
            inspectScc(file, matcher);
        } else if ((matcher = SAPJVM_NAME.matcher(name)).matches()) {
            inspectSapJvm(file, matcher);
        } else if ((matcher = SAPMACHINE_NAME.matcher(name)).matches()) {
            inspectSapMachine(file, matcher);
        } else if ((matcher = UNFINISHED_DOWNLOAD.matcher(name)).matches()) {
            String sentence = name + " is an unfinished download: let it complete, or download it again";
            (matcher.group(1).equalsIgnoreCase("sapcc") ? sccRejections : jvmRejections).add(sentence);
        } else if (OTHER_JAVA_NAME.matcher(name).matches()) {
            jvmRejections.add(name + " is not a Java package this app can use: download SAP JVM 8"
                    + " (sapjvm-<version>-linux-x64.rpm or .zip) from " + SAP_DOWNLOADS
                    + " or a SapMachine JDK (sapmachine-jdk-<version>_linux-x64_bin.tar.gz) from " + SAPMACHINE_DOWNLOADS);
        }
    }

    private void inspectScc(Path file, Matcher name) {
        String fileName = file.getFileName().toString();
        Version version = Version.parse(name.group(1));
        String os = name.group(2).toLowerCase(Locale.ROOT);
        String arch = name.group(3).toLowerCase(Locale.ROOT);
        String extension = name.group(4).toLowerCase(Locale.ROOT);
        String linuxNames = "sapcc-" + version + "-linux-x64.zip or sapcc-" + version + "-linux-x64.tar.gz";
        if (!os.equals("linux")) {
            sccRejections.add(fileName + " is the " + osName(os) + " package; a container needs " + linuxNames);
            return;
        }
        if (!isX64(arch)) {
            sccRejections.add(fileName + " is for " + arch + ", which this app does not support: it builds x64"
                    + " (linux/amd64) images; download " + linuxNames);
            return;
        }
        try {
            if (extension.equals("zip")) {
                inspectSccZip(file, version);
            } else if (extension.equals("tar.gz") || extension.equals("tgz")) {
                inspectPortable(file, version);
            } else {
                sccRejections.add(fileName + " is not a Linux package: download " + linuxNames);
            }
        } catch (IOException e) {
            sccRejections.add(damaged(fileName));
        }
    }

    private void inspectSccZip(Path file, Version version) {
        String fileName = file.getFileName().toString();
        List<String> entries;
        try {
            entries = ArchiveChecks.zipEntryNames(file);
        } catch (IOException e) {
            sccRejections.add(fileName + " cannot be opened as a zip archive: the download is probably incomplete"
                    + " or damaged; download it again");
            return;
        }
        String otherArchitecture = null;
        for (String entry : entries) {
            Matcher rpm = SCC_RPM.matcher(lastSegment(entry));
            if (rpm.matches()) {
                if (rpm.group(3).equals("x86_64")) {
                    sccs.add(new SccPackage(file, SccPackageKind.ZIP_RPM, version, entry));
                    return;
                }
                otherArchitecture = rpm.group(3);
            }
        }
        if (otherArchitecture != null) {
            sccRejections.add(fileName + " holds an RPM for " + otherArchitecture + ", not x86_64: download the x64"
                    + " package sapcc-" + version + "-linux-x64.zip again");
        } else {
            sccRejections.add(fileName + " holds no com.sap.scc-ui-<version>-<build>.x86_64.rpm: it is not the"
                    + " Cloud Connector installer, or the download is damaged");
        }
    }

    private void inspectPortable(Path file, Version version) throws IOException {
        String fileName = file.getFileName().toString();
        if (!ArchiveChecks.isGzip(file)) {
            sccRejections.add(notGzip(fileName));
            return;
        }
        if (TarEntryNames.find(file, "go.sh"::equals).isEmpty()) {
            sccRejections.add(fileName + " holds no go.sh at its top level: it is not the portable Cloud Connector");
            return;
        }
        sccs.add(new SccPackage(file, SccPackageKind.PORTABLE_TGZ, version, null));
    }

    private void inspectSapJvm(Path file, Matcher name) {
        String fileName = file.getFileName().toString();
        Version version = Version.parse(name.group(1));
        String os = name.group(2).toLowerCase(Locale.ROOT);
        String arch = name.group(3).toLowerCase(Locale.ROOT);
        String extension = name.group(4).toLowerCase(Locale.ROOT);
        String linuxNames = "sapjvm-" + version + "-linux-x64.rpm or .zip";
        if (!os.equals("linux")) {
            jvmRejections.add(fileName + " is the " + osName(os) + " SAP JVM; a container needs " + linuxNames);
            return;
        }
        if (!isX64(arch)) {
            jvmRejections.add(fileName + " is for " + arch + ", which this app does not support: it builds x64"
                    + " (linux/amd64) images; download " + linuxNames);
            return;
        }
        try {
            switch (extension) {
                case "rpm" -> {
                    if (ArchiveChecks.isRpm(file)) {
                        jvms.add(new JvmPackage(file, JvmKind.SAPJVM_RPM, version, null));
                    } else {
                        jvmRejections.add(fileName + " is not an RPM package: the download is probably incomplete"
                                + " or damaged; download it again");
                    }
                }
                case "zip" -> inspectSapJvmZip(file, version);
                default -> jvmRejections.add(fileName + " is a package format this app does not use: download "
                        + linuxNames);
            }
        } catch (IOException e) {
            jvmRejections.add(damaged(fileName));
        }
    }

    private void inspectSapJvmZip(Path file, Version version) {
        String fileName = file.getFileName().toString();
        List<String> entries;
        try {
            entries = ArchiveChecks.zipEntryNames(file);
        } catch (IOException e) {
            jvmRejections.add(fileName + " cannot be opened as a zip archive: the download is probably incomplete"
                    + " or damaged; download it again");
            return;
        }
        Optional<String> topDirectory = entries.stream().map(TOP_LEVEL_JAVA::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).findFirst();
        if (topDirectory.isEmpty()) {
            jvmRejections.add(fileName + " holds no <folder>/bin/java: it is not a SAP JVM, or the download is damaged");
            return;
        }
        jvms.add(new JvmPackage(file, JvmKind.SAPJVM_ZIP, version, topDirectory.get()));
    }

    private void inspectSapMachine(Path file, Matcher name) {
        String fileName = file.getFileName().toString();
        boolean jre = name.group(1).equalsIgnoreCase("jre");
        Version version = Version.parse(name.group(2));
        String os = name.group(3).toLowerCase(Locale.ROOT);
        String arch = name.group(4).toLowerCase(Locale.ROOT);
        String extension = name.group(5).toLowerCase(Locale.ROOT);
        String wanted = "sapmachine-jdk-" + version + "_linux-x64_bin.tar.gz";
        if (jre) {
            jvmRejections.add(fileName + " is a Java runtime (JRE) only; the Cloud Connector needs a full JDK:"
                    + " download " + wanted + " from " + SAPMACHINE_DOWNLOADS);
        } else if (!os.equals("linux")) {
            jvmRejections.add(fileName + " is the " + osName(os) + " SapMachine; a container needs " + wanted);
        } else if (arch.endsWith("-musl")) {
            jvmRejections.add(fileName + " is built for musl (Alpine Linux); the image's base system uses glibc:"
                    + " download " + wanted);
        } else if (!isX64(arch)) {
            jvmRejections.add(fileName + " is for " + arch + ", which this app does not support: it builds x64"
                    + " (linux/amd64) images; download " + wanted);
        } else if (!extension.equals("tar.gz")) {
            jvmRejections.add(fileName + " is a package format this app does not use: download " + wanted);
        } else {
            inspectSapMachineArchive(file, version);
        }
    }

    private void inspectSapMachineArchive(Path file, Version version) {
        String fileName = file.getFileName().toString();
        try {
            if (!ArchiveChecks.isGzip(file)) {
                jvmRejections.add(notGzip(fileName));
            } else if (TarEntryNames.find(file, n -> TOP_LEVEL_JAVAC.matcher(n).matches()).isEmpty()) {
                jvmRejections.add(fileName + " holds no bin/javac: it is not a full JDK, which the Cloud Connector"
                        + " needs, or the download is damaged");
            } else {
                jvms.add(new JvmPackage(file, JvmKind.SAPMACHINE_TGZ, version, null));
            }
        } catch (IOException e) {
            jvmRejections.add(damaged(fileName));
        }
    }

    private static boolean isX64(String arch) {
        return arch.equals("x64") || arch.equals("x86_64") || arch.equals("amd64");
    }

    private static String osName(String os) {
        return switch (os) {
            case "windows", "win" -> "Windows";
            case "macosx", "macos", "darwin", "osx", "mac" -> "macOS";
            case "aix" -> "AIX";
            default -> os;
        };
    }

    private static String lastSegment(String entry) {
        int slash = entry.lastIndexOf('/');
        return slash < 0 ? entry : entry.substring(slash + 1);
    }

    private static String notGzip(String fileName) {
        return fileName + " is not a gzip-compressed archive: the download is probably incomplete or damaged;"
                + " download it again";
    }

    private static String damaged(String fileName) {
        return fileName + " is damaged or incomplete and cannot be read: download it again";
    }
}
