package dev.connectorconsole.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** What a multi-step action made, undone newest first when a later step fails; says what was and was not undone. */
final class Undo {
    interface Step {
        void run() throws Exception;
    }

    private record Named(String what, Step step) {}

    private final Deque<Named> steps = new ArrayDeque<>();

    void push(String what, Step step) {
        steps.push(new Named(what, step));
    }

    /** Runs every step; returns one sentence naming what was undone and what could not be. */
    String runAll() {
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        while (!steps.isEmpty()) {
            Named next = steps.pop();
            try {
                next.step().run();
                done.add(next.what());
            } catch (Exception e) {
                failed.add(next.what() + " (" + e.getMessage() + ")");
            }
        }
        String sentence = done.isEmpty() ? "Nothing had to be undone." : "Undone: " + String.join("; ", done) + ".";
        return failed.isEmpty() ? sentence : sentence + " Could not undo: " + String.join("; ", failed) + ".";
    }
}
