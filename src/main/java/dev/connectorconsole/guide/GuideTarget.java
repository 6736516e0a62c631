package dev.connectorconsole.guide;

/** The connector the guide checks: the image it runs, its container name and the host port of its admin API. */
public record GuideTarget(String image, String container, int hostPort) {
}
