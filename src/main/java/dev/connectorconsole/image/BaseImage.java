package dev.connectorconsole.image;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Operating system images a Cloud Connector image can be built on. All are RHEL-family, because the installer is an
 * RPM and SAP lists RHEL for the Cloud Connector; all are x86_64.
 */
public enum BaseImage {
    /**
     * Rocky Linux 9, the default: maintained (security updates until 2032), binary compatible with RHEL 9, which SAP
     * supports for the Cloud Connector. Public community Dockerfiles moved to it from CentOS 7.
     */
    ROCKY_LINUX_9("rockylinux:9", "Rocky Linux 9", PackageManager.DNF, false),
    /**
     * Red Hat Universal Base Image 9: maintained by Red Hat and freely redistributable; packages come from the public
     * UBI repositories only.
     */
    UBI_9("registry.access.redhat.com/ubi9/ubi", "Red Hat UBI 9", PackageManager.DNF, false),
    /**
     * CentOS 7, as in the original blog post: end of life since 30 June 2024, no security updates, and its package
     * mirrors are gone, so the generated Dockerfile points yum at vault.centos.org. Kept for existing setups only.
     */
    CENTOS_7("centos:7", "CentOS 7 (end of life)", PackageManager.YUM_VAULT, true);

    private enum PackageManager { DNF, YUM_VAULT }

    private final String reference;
    private final String displayName;
    private final PackageManager packageManager;
    private final boolean endOfLife;

    BaseImage(String reference, String displayName, PackageManager packageManager, boolean endOfLife) {
        this.reference = reference;
        this.displayName = displayName;
        this.packageManager = packageManager;
        this.endOfLife = endOfLife;
    }

    public static BaseImage defaultImage() {
        return ROCKY_LINUX_9;
    }

    /** The image reference for {@code FROM}. */
    public String reference() {
        return reference;
    }

    public String displayName() {
        return displayName;
    }

    /** True when the distribution no longer receives security updates. */
    public boolean endOfLife() {
        return endOfLife;
    }

    /** The package that provides the {@code curl} command used by the health check. */
    String curlPackage() {
        // EL9 images ship curl-minimal, which conflicts with the full curl package.
        return packageManager == PackageManager.DNF ? "curl-minimal" : "curl";
    }

    /** Dockerfile lines (without RUN) that install the packages and clean the package cache. */
    List<String> installCommand(Collection<String> packages) {
        String names = String.join(" ", new TreeSet<>(packages));
        return switch (packageManager) {
            case DNF -> List.of(
                    "dnf install -y --allowerasing --setopt=install_weak_deps=False --setopt=tsflags=nodocs \\",
                    "        " + names + " \\",
                    " && dnf clean all");
            case YUM_VAULT -> List.of(
                    "sed -i -e 's|^mirrorlist=|#mirrorlist=|' \\",
                    "        -e 's|^#baseurl=http://mirror.centos.org|baseurl=http://vault.centos.org|' \\",
                    "        /etc/yum.repos.d/CentOS-*.repo \\",
                    " && yum install -y --setopt=tsflags=nodocs " + names + " \\",
                    " && yum clean all");
        };
    }
}
