package dev.connectorconsole.ui.access;

import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * Access control of one subaccount: which on-premise systems the cloud may reach through it (left, with the selected
 * system's resources underneath) and the add/edit form of a system (right). Puts the parts together and guards
 * unsaved changes.
 */
public final class AccessControlScreen implements Screen {
    public static final String TITLE = "Access control";
    public static final Ikon ICON = Feather.SHIELD;

    private final AccessControlViewModel model;
    private final BorderPane root = new BorderPane();
    private final MappingTable table;
    /** While shown with the channels tab open, the channels' state is read again every few seconds. */
    private final Timeline channelWatch = new Timeline();

    public AccessControlScreen(AccessControlViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        root.getStyleClass().add("access-screen");
        ConnectorStyles.apply(root, AccessControlScreen.class, "access.css");
        root.setTop(AccessControlHeader.build(model, this::canLeave, this::startAdd,
                AccessTransferMenu.build(model, root)));
        table = new MappingTable(model, this::canLeave);
        SplitPane left = new SplitPane(table.node(), new ResourcePane(model).node());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        SplitPane split = new SplitPane(left, new MappingFormPane(model, root).node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        Tab systems = new Tab("Systems", split);
        systems.setId("tab-systems");
        Tab domains = new Tab("Domain mappings", DomainMappingsPane.build(model.domains()));
        domains.setId("tab-domains");
        Tab channels = new Tab("Service channels", ChannelsPane.build(model.channels()));
        channels.setId("tab-channels");
        TabPane tabs = new TabPane(systems, domains, channels);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        channelWatch.getKeyFrames().add(new KeyFrame(Duration.seconds(5), e -> {
            if (channels.isSelected() && !model.calls().isBusy()) {
                model.channels().refresh();
            }
        }));
        channelWatch.setCycleCount(Animation.INDEFINITE);
        model.session().stateProperty().addListener((obs, old, now) -> {
            boolean backFromUnreachable = now == SessionState.SIGNED_IN && old == SessionState.UNREACHABLE;
            if (now != SessionState.UNREACHABLE && !backFromUnreachable) {
                model.refresh();
            }
        });
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }

    @Override
    public void activate() {
        model.refresh();
        channelWatch.play();
    }

    @Override
    public void deactivate() {
        channelWatch.stop();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Shows this subaccount's access control (from a subaccount's row or the dashboard). */
    public void show(String regionHost, String subaccount) {
        model.show(regionHost, subaccount);
    }

    /** Asks before unsaved changes are lost; the shell calls this before navigating away. */
    public boolean canLeave() {
        return !model.form().isDirty() || Confirmations.ask(root, "Discard your changes?",
                "The system form has changes that are not saved.", "Discard");
    }

    private void startAdd() {
        if (canLeave()) {
            table.clearSelection();
            model.startAdd();
        }
    }
}
