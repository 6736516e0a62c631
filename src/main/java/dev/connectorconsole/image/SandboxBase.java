package dev.connectorconsole.image;

import java.util.Locale;

/**
 * What the sandbox image is built on. The host's own Java runtime (and the host libraries it links against) can go
 * into a Linux x86-64 container only from a Linux x86-64 host; elsewhere (macOS, Windows, ARM) or when no usable
 * runtime can be made here, the image starts from a public JRE image and carries only the app's jars.
 */
public enum SandboxBase {
    /** {@code FROM scratch} with a jlink runtime from this host: works offline. */
    SCRATCH,
    /** {@code FROM} {@link #JRE_IMAGE}: the engine pulls it for its own platform on the first build. */
    JRE_IMAGE;

    /**
     * Eclipse Temurin 17 JRE, pinned to a multi-platform manifest list (amd64 and arm64) so every build gets the same
     * runtime. Refresh the digest with {@code docker buildx imagetools inspect eclipse-temurin:17-jre}.
     */
    public static final String JRE_IMAGE_REFERENCE =
            "eclipse-temurin:17-jre@sha256:5bc826c8e0e248515161ebdb3cc7ea3f50a09d5570155493f7a933bcb5f7a644";
    /** Where the JRE image keeps its runtime. */
    static final String JRE_IMAGE_JAVA = "/opt/java/openjdk/bin/java";

    /**
     * @param osName           as {@code os.name} reports it
     * @param osArch           as {@code os.arch} reports it
     * @param runtimeAvailable whether this host can give a runtime with the sandbox's modules (jlink, or the running
     *                         runtime already holds them)
     */
    public static SandboxBase choose(String osName, String osArch, boolean runtimeAvailable) {
        String os = String.valueOf(osName).toLowerCase(Locale.ROOT);
        String arch = String.valueOf(osArch).toLowerCase(Locale.ROOT);
        boolean linuxX64 = os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
        return linuxX64 && runtimeAvailable ? SCRATCH : JRE_IMAGE;
    }

    /** The choice for this JVM on this host. */
    public static SandboxBase forThisMachine() {
        return choose(System.getProperty("os.name"), System.getProperty("os.arch"),
                JlinkRuntime.canProvide(SandboxImageContext.MODULES));
    }
}
