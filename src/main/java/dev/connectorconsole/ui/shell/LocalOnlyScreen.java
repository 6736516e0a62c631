package dev.connectorconsole.ui.shell;

import dev.connectorconsole.settings.ConnectorProfile;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/**
 * A screen about the container on this engine (Container, Logs). While the selected connector runs elsewhere it
 * says so instead of showing another connector's container, and nothing of it runs (no polling, no log stream).
 */
public final class LocalOnlyScreen implements Screen {
    private final Screen local;
    private final ObservableValue<ConnectorProfile> selected;
    private final String whatIsMissing;
    private StackPane view;
    private boolean active;

    /** @param whatIsMissing e.g. "nothing to start or stop here", finishes the notice's sentence */
    public LocalOnlyScreen(Screen local, ObservableValue<ConnectorProfile> selected, String whatIsMissing) {
        this.local = local;
        this.selected = selected;
        this.whatIsMissing = whatIsMissing;
        selected.addListener((obs, old, now) -> {
            if (active && isRemote(old) != isRemote(now)) {
                if (isRemote(now)) {
                    local.deactivate();
                } else {
                    local.activate();
                }
            }
        });
    }

    @Override public String title() { return local.title(); }
    @Override public Ikon icon() { return local.icon(); }

    @Override
    public Node view() {
        if (view == null) {
            Label title = new Label();
            title.getStyleClass().add("title-3");
            Label text = new Label();
            text.setWrapText(true);
            text.getStyleClass().add("text-muted");
            VBox notice = new VBox(8, title, text);
            notice.setId("runs-elsewhere");
            notice.setMaxWidth(560);
            notice.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Node inner = local.view();
            Runnable show = () -> {
                ConnectorProfile profile = selected.getValue();
                boolean remote = isRemote(profile);
                notice.setVisible(remote);
                inner.setVisible(!remote);
                if (remote) {
                    title.setText(profile.name() + " runs elsewhere");
                    text.setText("It is reached at " + profile.adminUrl() + " and has no container on this engine: "
                            + whatIsMissing + ". Its dashboard and subaccounts are on their screens; choose a"
                            + " connector with a container here in the switcher to manage one.");
                }
            };
            selected.addListener((obs, old, now) -> show.run());
            show.run();
            view = new StackPane(inner, notice);
        }
        return view;
    }

    @Override
    public void activate() {
        active = true;
        if (!isRemote(selected.getValue())) {
            local.activate();
        }
    }

    @Override
    public void deactivate() {
        active = false;
        local.deactivate();
    }

    @Override
    public void refresh() {
        if (!isRemote(selected.getValue())) {
            local.refresh();
        }
    }

    private static boolean isRemote(ConnectorProfile profile) {
        return profile != null && profile.isRemote();
    }
}
