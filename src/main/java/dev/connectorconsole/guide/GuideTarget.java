package dev.connectorconsole.guide;

/**
 * The connector the guide checks: the image it runs, its container name, the host port of its admin API and whether
 * it is the sandbox connector.
 */
public record GuideTarget(String image, String container, int hostPort, boolean sandbox) {
    /** A connector built from SAP's files. */
    public GuideTarget(String image, String container, int hostPort) {
        this(image, container, hostPort, false);
    }
}
