package dev.connectorconsole.app;

import dev.connectorconsole.engine.ContainerSpec;

/** The connector container the screen manages: its name, image and host port, and how its image is made. */
public record ContainerTarget(String container, String image, int hostPort, Kind kind) {
    /**
     * Where the image comes from: built by the app from SAP's files or as the sandbox (it can rebuild them), or a
     * container the app adopted, which runs an image of its own that the app does not know how to rebuild.
     */
    public enum Kind { SAP_INSTALLER, SANDBOX, ADOPTED }

    public static final String SAP_IMAGE = "connector-console/scc:latest";
    public static final String SANDBOX_IMAGE = "connector-console/sandbox:latest";

    public static ContainerTarget sapDefaults() {
        return new ContainerTarget("scc", SAP_IMAGE, 8443, Kind.SAP_INSTALLER);
    }

    /** Any tag of the repository the app builds SAP's files into. */
    public static boolean isSapImage(String image) {
        return image != null && image.startsWith(SAP_IMAGE.substring(0, SAP_IMAGE.indexOf(':') + 1));
    }

    /** Any tag of the sandbox connector's repository. */
    public static boolean isSandboxImage(String image) {
        return image != null && image.startsWith(SANDBOX_IMAGE.substring(0, SANDBOX_IMAGE.indexOf(':') + 1));
    }

    public static ContainerTarget sandboxDefaults() {
        return new ContainerTarget("scc-sandbox", SANDBOX_IMAGE, 8443, Kind.SANDBOX);
    }

    public ContainerTarget withHostPort(int port) {
        return new ContainerTarget(container, image, port, kind);
    }

    public ContainerSpec spec() {
        return ContainerSpec.connectorDefaults(container, image, hostPort);
    }
}
