package dev.connectorconsole.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * The buttons, labels and column headers under a node whose text the skin had to shorten (shown with the ellipsis
 * instead of the whole text). Data cells of tables and lists are not counted: a long value there may be cut; what
 * they contain (buttons, state labels) is.
 */
final class CutTexts {
    private CutTexts() {}

    static List<String> in(Node root, String screen) {
        List<String> found = new ArrayList<>();
        collect(root, screen, found);
        return found;
    }

    private static void collect(Node node, String screen, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof IndexedCell<?>) && isCut(labeled)) {
            found.add(screen + ": \"" + labeled.getText() + "\" shows as \"" + shown(labeled) + "\" ("
                    + labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : " #" + labeled.getId())
                    + ")");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, found);
            }
        }
    }

    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return false;
        }
        String shown = shown(labeled);
        return shown != null && !shown.equals(text) && shown.endsWith(labeled.getEllipsisString());
    }

    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != labeled.getGraphic()) {
                return text.getText();
            }
        }
        return null;
    }
}
