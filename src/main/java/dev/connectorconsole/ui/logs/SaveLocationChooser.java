package dev.connectorconsole.ui.logs;

import java.io.File;
import java.nio.file.Path;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save the exported log. The app uses the system's save dialog ({@link #systemDialog()});
 * a test answers with a file of its own, since a native dialog cannot be driven by a robot.
 */
@FunctionalInterface
public interface SaveLocationChooser {
    /** The file to write, or null when the user chose nothing. Called on the FX thread; may block while asking. */
    Path choose(Window owner);

    /** The platform's save dialog, titled "Export log", suggesting connector-log.txt among text and log files. */
    static SaveLocationChooser systemDialog() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export log");
            chooser.setInitialFileName("connector-log.txt");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.log"));
            File file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        };
    }
}
