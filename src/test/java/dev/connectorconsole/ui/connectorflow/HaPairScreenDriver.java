package dev.connectorconsole.ui.connectorflow;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;

/** What a user does on the High availability screen and what they read there, through a robot in the real window. */
final class HaPairScreenDriver {
    static final String PAIRED_SENTENCE_END = "it is listed with the connectors.";

    private final FxRobot robot;

    HaPairScreenDriver(FxRobot robot) {
        this.robot = robot;
    }

    void awaitThisConnectorAlone() {
        UiWait.until("this connector read", () -> text("#ha-this-instance").startsWith("Master · ALONE"));
    }

    /** Check interval 1 s and takeover delay 2 s: short enough for a test to see a takeover. */
    void setQuickChecks() {
        set("#ha-check-interval", "1");
        set("#ha-takeover-delay", "2");
    }

    /** Quick checks, this connector's password, then "Make a high-availability pair". */
    void makePair(String masterPassword) {
        setQuickChecks();
        set("#ha-master-password", masterPassword);
        robot.clickOn("#ha-make");
    }

    void awaitPaired() {
        // the maker's own last step also starts with "Paired:"; the screen's sentence comes once the pair is shown
        awaitLong("paired", () -> text("#ha-make-progress").endsWith(PAIRED_SENTENCE_END));
    }

    void awaitPairedOrError() {
        awaitLong("paired", () -> text("#ha-make-progress").endsWith(PAIRED_SENTENCE_END) || !text("#ha-error").isEmpty());
    }

    void awaitTakeoverShown() {
        awaitLong("the takeover shown", () -> text("#ha-other-instance").startsWith("Master")
                && text("#ha-this-instance").equals("Not answering"));
    }

    void choose(String combo, String label) {
        robot.clickOn(combo);
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof Labeled l && label.equals(l.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        UiWait.until(label + " chosen", () -> label.equals(robot.lookup(combo).queryAs(ComboBox.class).getValue()));
    }

    void set(String query, String value) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(value));
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Like {@link UiWait#until} for what takes longer than its 30 s (making a container, a takeover): up to 120 s. */
    static void awaitLong(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                UiWait.until(what, condition);
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }
}
