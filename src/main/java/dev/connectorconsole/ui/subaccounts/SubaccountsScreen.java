package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.Screen;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The subaccount screen: the connector's subaccounts on the left, the add/edit form and the actions of the selected
 * subaccount on the right. This class only puts the parts together ({@link SubaccountsHeader},
 * {@link SubaccountListPane}, {@link SubaccountFormPane}) and guards unsaved changes.
 */
public final class SubaccountsScreen implements Screen {
    public static final String TITLE = "Subaccounts";
    public static final Ikon ICON = Feather.CLOUD;

    private final SubaccountsViewModel model;
    private final SubaccountForm form;
    private final BorderPane root = new BorderPane();
    private final SubaccountListPane list;
    private final SubaccountActionBar actions;

    public SubaccountsScreen(SubaccountsViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.form = model.form();
        root.getStyleClass().add("subaccounts-screen");
        ConnectorStyles.apply(root, SubaccountsScreen.class, "subaccounts.css");
        root.setTop(SubaccountsHeader.build(model, this::startAdd));
        list = new SubaccountListPane(model, this::canLeave);
        actions = new SubaccountActionBar(model, root);
        SplitPane split = new SplitPane(list.node(), new SubaccountFormPane(model, actions).node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.57);
        root.setCenter(split);
        model.session().stateProperty().addListener((obs, old, now) -> {
            if (now == SessionState.SIGNED_IN && old != SessionState.UNREACHABLE) {
                model.refresh();
            } else if (now != SessionState.SIGNED_IN && now != SessionState.UNREACHABLE) {
                model.startAdd();
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
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Asks before unsaved changes are lost; the shell calls this before navigating away. */
    public boolean canLeave() {
        return !form.isDirty() || Confirmations.ask(root, "Discard your changes?",
                "The subaccount form has changes that are not saved.", "Discard");
    }

    /** "Access control…" on the selected subaccount opens its access control here (region host, subaccount). */
    public void onOpenAccess(java.util.function.BiConsumer<String, String> openAccess) {
        actions.onOpenAccess(openAccess);
    }

    /** Shows one subaccount selected, once the list has it (a link from another screen, e.g. an alert). */
    public void show(String regionHost, String subaccount) {
        model.selectWhenListed(regionHost, subaccount);
    }

    public boolean hasUnsavedChanges() {
        return form.isDirty();
    }

    /** "Add subaccount": an empty form, once unsaved changes are confirmed away. */
    private void startAdd() {
        if (canLeave()) {
            list.clearSelection();
            model.startAdd();
        }
    }
}
