package dev.connectorconsole.ui.container;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.ui.shell.Banner;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.shell.StateBadge;

/** Image and container of the connector: build, run, stop, remove, with progress that never blocks the window. */
public final class ContainerScreen implements Screen {
    public static final String TITLE = "Container";
    public static final Ikon ICON = Feather.BOX;

    private final ContainerViewModel container;
    private final BuildViewModel build;
    private final Timeline poll;
    private final ContainerDialogs dialogs;
    private Node view;
    private SignInOffer signInOffer;
    private UpgradeViewModel upgrade;

    public ContainerScreen(ContainerViewModel container, BuildViewModel build, Duration refreshEvery) {
        this.container = container;
        this.build = build;
        this.dialogs = new ContainerDialogs(container, () -> view.getScene().getWindow());
        this.poll = new Timeline(new KeyFrame(refreshEvery, e -> container.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }

    @Override
    public Node view() {
        if (view == null) {
            view = buildView();
        }
        return view;
    }

    @Override
    public void activate() {
        container.refresh();
        poll.play();
    }

    @Override
    public void deactivate() {
        poll.stop();
    }

    @Override
    public void refresh() {
        container.refresh();
    }

    /** Shows "Sign in…" as the next step while the container is Ready and nobody is signed in to it. */
    public ContainerScreen offering(SignInOffer offer) {
        this.signInOffer = offer;
        return this;
    }

    /** Offers "Upgrade…" for a running container (a newer sandbox build; other kinds say why not). */
    public ContainerScreen upgrading(UpgradeViewModel upgrades) {
        this.upgrade = upgrades;
        return this;
    }

    /** Ctrl+Shift+S: start the container, or create it when there is none yet. */
    public void startOrCreate() {
        if (container.canStart().get()) {
            container.start();
        } else if (container.canCreate().get()) {
            container.create();
        }
    }

    private Node buildView() {
        Label title = new Label("Container");
        title.getStyleClass().add("screen-title");
        StateBadge badge = new StateBadge();
        badge.setId("container-state");
        container.stateProperty().addListener((obs, old, now) -> badge.show(now == null ? "" : now.name()));
        badge.show(container.stateProperty().get() == null ? "" : container.stateProperty().get().name());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            ContainerTarget t = container.targetProperty().get();
            return t.container() + " · image " + t.image();
        }, container.targetProperty()));
        Label asOf = new Label();
        asOf.setId("container-as-of");
        asOf.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        asOf.textProperty().bind(container.asOfProperty());
        HBox header = new HBox(12, title, badge, subtitle, asOf);
        header.getStyleClass().add("screen-header");

        Banner error = new Banner(Banner.Kind.DANGER);
        error.setId("container-error");
        error.title().setText("The last action failed");
        error.text().textProperty().bind(container.errorProperty());
        error.visibleProperty().bind(container.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Banner exposed = new Banner(Banner.Kind.WARNING);
        exposed.setId("container-exposed");
        exposed.title().setText("Other machines can reach this connector's admin page");
        exposed.text().textProperty().bind(container.publishWarning());
        exposed.visibleProperty().bind(container.publishWarning().isNotEmpty());
        exposed.managedProperty().bind(exposed.visibleProperty());

        VBox page = new VBox(16, header, error, exposed, nextStep(), ContainerCard.create(container, dialogs, upgrade),
                ImageCard.create(container, build), BuildProgressCard.create(build));
        page.getStyleClass().add("screen");
        page.setMaxWidth(1000);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node nextStep() {
        Banner next = new Banner(Banner.Kind.INFO);
        next.setId("container-next-step");
        if (signInOffer == null) {
            next.setVisible(false);
            next.setManaged(false);
            return next;
        }
        next.title().setText("The connector is ready: sign in to administer it");
        next.text().setText("Sign in as Administrator. A new connector asks for the initial password \"manage\" once "
                + "and then for a password of your own.");
        Button signIn = new Button("Sign in…");
        signIn.setId("container-sign-in");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setOnAction(e -> signInOffer.signIn());
        next.withActions(signIn);
        next.visibleProperty().bind(signInOffer.offeredProperty());
        next.managedProperty().bind(next.visibleProperty());
        return next;
    }
}
