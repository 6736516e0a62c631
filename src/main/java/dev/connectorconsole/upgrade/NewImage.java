package dev.connectorconsole.upgrade;

import java.util.function.Consumer;

/** The image of the new connector version: what it claims, its tag, and how to build it. */
public interface NewImage {
    /** The Cloud Connector version the image brings, e.g. {@code 2.19.1}. */
    String version();

    /** The tag it is built under; it must differ from the running container's image, which stays. */
    String tag();

    /** Builds the image; blocks until done, throws with a sentence for the user when the build fails or is cancelled. */
    void build(Consumer<String> progress, Cancellation cancellation) throws UpgradeException, InterruptedException;
}
