package dev.connectorconsole.ui.container;

import dev.connectorconsole.engine.ConnectorState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The next step once a connector's admin API answers: sign in to it. Offered while the container is Ready and nobody
 * is signed in to it, so a new user is not left to find the sign-in on their own.
 */
public final class SignInOffer {
    private final BooleanProperty signedIn = new SimpleBooleanProperty(false);
    private final BooleanBinding offered;
    private final Runnable signIn;

    /** @param signIn opens the sign-in for this container's admin address */
    public SignInOffer(ObservableValue<ConnectorState> state, Runnable signIn) {
        this.signIn = signIn;
        this.offered = Bindings.createBooleanBinding(() -> state.getValue() == ConnectorState.READY && !signedIn.get(),
                state, signedIn);
    }

    public BooleanProperty signedInProperty() {
        return signedIn;
    }

    public BooleanBinding offeredProperty() {
        return offered;
    }

    public void signIn() {
        signIn.run();
    }
}
