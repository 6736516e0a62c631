package dev.connectorconsole.engine;

/** Progress of an image build, called from the build's background threads in this order: contextSize, line/step…, succeeded or failed. */
public interface BuildListener {
    /** Bytes of the build context that are sent to the engine. */
    void contextSize(long bytes);

    /** One line of build output, without the line break. */
    void line(String text);

    /** A new Dockerfile step began: "Step 3/9 : RUN …" gives (3, 9, "RUN …"). */
    void step(int current, int total, String instruction);

    void succeeded(String imageId);

    /** {@code step} is "Step 3/9 : RUN false" (or "" before the first step); {@code message} is the engine's reason. */
    void failed(String step, String message);
}
