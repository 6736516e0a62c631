package dev.connectorconsole.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the engine's build "stream" chunks into whole lines and recognises "Step 3/9 : RUN …" headers.
 * Not thread-safe: one build feeds it from one stream thread.
 */
final class BuildOutput {
    private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");

    private final BuildListener listener;
    private final StringBuilder partial = new StringBuilder();
    private String currentStep = "";

    BuildOutput(BuildListener listener) {
        this.listener = listener;
    }

    void feed(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\n') {
                emit(partial.toString());
                partial.setLength(0);
            } else if (c != '\r') {
                partial.append(c);
            }
        }
    }

    /** Emits what is left without a final line break. */
    void flush() {
        if (partial.length() > 0) {
            emit(partial.toString());
            partial.setLength(0);
        }
    }

    /** The header of the step that ran last, "" before the first one. */
    String currentStep() {
        return currentStep;
    }

    private void emit(String line) {
        listener.line(line);
        Matcher step = STEP.matcher(line);
        if (step.matches()) {
            currentStep = line;
            listener.step(Integer.parseInt(step.group(1)), Integer.parseInt(step.group(2)), step.group(3));
        }
    }
}
