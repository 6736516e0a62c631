package dev.connectorconsole.settings;

/** The main window's last position and size, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    static final double MIN_WIDTH = 400;
    static final double MIN_HEIGHT = 300;

    boolean plausible() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= MIN_WIDTH && height >= MIN_HEIGHT
                && Double.isFinite(width) && Double.isFinite(height);
    }
}
