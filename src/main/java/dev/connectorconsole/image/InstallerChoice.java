package dev.connectorconsole.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.connectorconsole.image.InstallerScanner.SAPMACHINE_DOWNLOADS;
import static dev.connectorconsole.image.InstallerScanner.SAP_DOWNLOADS;

/**
 * From the packages {@link InstallerScanner} found in a folder, chooses the Cloud Connector and Java to build
 * together, or says what is missing: the newest connector with a Java that supports it, and otherwise every reason
 * no pair works.
 */
final class InstallerChoice {
    private final List<SccPackage> sccs;
    private final List<String> sccRejections;
    private final List<JvmPackage> jvms;
    private final List<String> jvmRejections;

    InstallerChoice(List<SccPackage> sccs, List<String> sccRejections, List<JvmPackage> jvms,
                    List<String> jvmRejections) {
        this.sccs = sccs;
        this.sccRejections = sccRejections;
        this.jvms = jvms;
        this.jvmRejections = jvmRejections;
    }

    InstallerScan decide(Path folder) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<Candidate> best = bestWorkingPair();
        if (best.isPresent()) {
            SccPackage scc = best.get().scc();
            JvmPackage jvm = best.get().jvm();
            if (sccs.size() > 1) {
                notes.add("Several Cloud Connector packages found; using " + scc.fileName());
            }
            if (jvms.size() > 1) {
                notes.add("Several Java packages found; using " + jvm.fileName());
            }
            notes.addAll(sccRejections);
            notes.addAll(jvmRejections);
            return new InstallerScan(folder, Optional.of(scc), Optional.of(jvm), problems, notes);
        }
        Optional<SccPackage> scc = sccs.stream().max(Comparator.comparing(SccPackage::version));
        if (scc.isEmpty()) {
            problems.addAll(sccRejections);
            problems.add("No Cloud Connector package found: download sapcc-<version>-linux-x64.zip or .tar.gz from "
                    + SAP_DOWNLOADS);
        } else if (sccs.size() > 1) {
            notes.add("Several Cloud Connector packages found; checked the newest, " + scc.get().fileName());
        }
        if (jvms.isEmpty()) {
            problems.addAll(jvmRejections);
            problems.add(missingJava(scc));
        } else {
            notes.addAll(jvmRejections);
            scc.ifPresent(s -> jvms.forEach(jvm -> problems.add(pairProblem(s, jvm).orElseThrow())));
        }
        if (scc.isPresent()) {
            notes.addAll(sccRejections);
        }
        Optional<JvmPackage> jvm = jvms.size() == 1 ? Optional.of(jvms.get(0)) : Optional.empty();
        return new InstallerScan(folder, scc, jvm, problems.stream().distinct().toList(), notes);
    }

    private record Candidate(SccPackage scc, JvmPackage jvm, Pairing pairing) {}

    /** The newest Cloud Connector with a Java that supports it; ties go to the pairing listed first in Pairing. */
    private Optional<Candidate> bestWorkingPair() {
        List<Candidate> working = new ArrayList<>();
        for (SccPackage scc : sccs) {
            for (JvmPackage jvm : jvms) {
                Optional<Pairing> pairing = Pairing.of(scc.kind(), jvm.kind());
                if (pairing.isPresent() && pairProblem(scc, jvm).isEmpty()) {
                    working.add(new Candidate(scc, jvm, pairing.get()));
                }
            }
        }
        Comparator<Candidate> preference = Comparator.comparing((Candidate c) -> c.scc().version())
                .thenComparing(c -> -c.pairing().ordinal())
                .thenComparing(c -> c.jvm().version());
        return working.stream().max(preference);
    }

    private static Optional<String> pairProblem(SccPackage scc, JvmPackage jvm) {
        if (Pairing.of(scc.kind(), jvm.kind()).isEmpty()) {
            if (scc.kind() == SccPackageKind.ZIP_RPM) {
                return Optional.of("The installer " + scc.fileName() + " is installed with SAP JVM 8 in this app"
                        + " (sapjvm-<version>-linux-x64.rpm or .zip); to use " + jvm.displayName()
                        + ", download the portable sapcc-" + scc.version() + "-linux-x64.tar.gz instead");
            }
            return Optional.of("The portable " + scc.fileName() + " is combined with the SAP JVM .zip or SapMachine"
                    + " in this app: download sapjvm-" + jvm.version() + "-linux-x64.zip instead of the .rpm,"
                    + " or use the installer sapcc-" + scc.version() + "-linux-x64.zip with the .rpm");
        }
        return JavaCompatibility.problem(scc.version(), jvm.kind().vendor(), jvm.javaMajor());
    }

    private static String missingJava(Optional<SccPackage> scc) {
        String sapJvm = "SAP JVM 8 (sapjvm-<version>-linux-x64.rpm or .zip from " + SAP_DOWNLOADS + ")";
        if (scc.isEmpty()) {
            return "No Java package found: download " + sapJvm + " or a SapMachine JDK"
                    + " (sapmachine-jdk-<version>_linux-x64_bin.tar.gz from " + SAPMACHINE_DOWNLOADS + ")";
        }
        if (scc.get().kind() == SccPackageKind.ZIP_RPM) {
            return "No Java package found: the installer " + scc.get().fileName() + " needs " + sapJvm;
        }
        Version version = scc.get().version();
        List<String> sapMachines = JavaCompatibility.supportedFor(version).stream()
                .filter(row -> row.vendor() == JavaVendor.SAPMACHINE).map(row -> String.valueOf(row.major())).toList();
        String sentence = "No Java package found: Cloud Connector " + version + " runs with SAP JVM 8"
                + " (sapjvm-<version>-linux-x64.zip from " + SAP_DOWNLOADS + ")";
        if (!sapMachines.isEmpty()) {
            sentence += " or SapMachine " + JavaCompatibility.joinWithOr(sapMachines)
                    + " (sapmachine-jdk-<version>_linux-x64_bin.tar.gz from " + SAPMACHINE_DOWNLOADS + ")";
        }
        return sentence;
    }
}
