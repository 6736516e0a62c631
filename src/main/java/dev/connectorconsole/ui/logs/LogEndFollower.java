package dev.connectorconsole.ui.logs;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.engine.logs.LogLine;

/**
 * Whether the user follows the end of the log list, and the way back to it ("N new lines").
 * Following is decided by what the user did, not by where a fast-growing list happens to be between layouts:
 * scrolling up (wheel, scroll bar, keys) leaves the end; reaching the end again or the jump button comes back.
 */
final class LogEndFollower {
    private final ListView<LogLine> list;
    private final LogsViewModel model;
    private boolean userAtBottom = true;

    LogEndFollower(ListView<LogLine> list, LogsViewModel model) {
        this.list = list;
        this.model = model;
        watchUserScrolling();
    }

    boolean userAtBottom() {
        return userAtBottom;
    }

    /** "N new lines": shown while lines arrived that the user has not scrolled to; takes the list to its end. */
    Button jumpButton() {
        Button jump = new Button();
        jump.setId("jump-to-end");
        jump.getStyleClass().add("jump-button");
        jump.setGraphic(new FontIcon(Feather.ARROW_DOWN));
        jump.setContentDisplay(ContentDisplay.RIGHT);
        jump.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d new line%s",
                model.newLinesProperty().get(), model.newLinesProperty().get() == 1 ? "" : "s"),
                model.newLinesProperty()));
        jump.visibleProperty().bind(model.newLinesProperty().greaterThan(0));
        jump.setOnAction(e -> {
            backAtEnd();
            scrollToEnd();
        });
        return jump;
    }

    /** The skin learns the new item count only in layout; scrolling before that would stop one batch short. */
    void scrollToEnd() {
        list.layout();
        list.scrollTo(list.getItems().size() - 1);
    }

    private void watchUserScrolling() {
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                userAtBottom = false;
            } else {
                Platform.runLater(this::checkUserReachedEnd);
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (insideScrollBar(e.getPickResult().getIntersectedNode())) {
                userAtBottom = false;
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::checkUserReachedEnd));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, PAGE_UP, HOME -> userAtBottom = false;
                case END -> backAtEnd();
                case DOWN, PAGE_DOWN -> Platform.runLater(this::checkUserReachedEnd);
                default -> { }
            }
        });
    }

    private void checkUserReachedEnd() {
        if (!userAtBottom && isAtBottom()) {
            backAtEnd();
        }
    }

    private void backAtEnd() {
        userAtBottom = true;
        model.jumpedToBottom();
    }

    private static boolean insideScrollBar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    private boolean isAtBottom() {
        int size = list.getItems().size();
        if (size == 0) {
            return true;
        }
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= Math.min(size, flow.getCellCount()) - 1;
    }
}
