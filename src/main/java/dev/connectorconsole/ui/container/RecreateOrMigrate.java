package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerService;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.lifecycle.ReplacementOutcome;
import dev.connectorconsole.lifecycle.SubaccountCheck;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Recreating or migrating the followed container, after the backup asked for, with its subaccounts compared before
 * and after through the app's sign-in when there is one (a migration needs it).
 */
final class RecreateOrMigrate {
    private final ContainerService service;
    private final ContainerActionRunner actions;
    private final Supplier<ContainerTarget> target;
    private Supplier<Optional<SubaccountCheck>> subaccountCheck = Optional::empty;

    RecreateOrMigrate(ContainerService service, ContainerActionRunner actions, Supplier<ContainerTarget> target) {
        this.service = service;
        this.actions = actions;
        this.target = target;
    }

    /** The subaccounts are compared through this sign-in (empty: none now). */
    void checkThrough(Supplier<Optional<SccClient>> signedIn) {
        this.subaccountCheck = () -> signedIn.get().map(SubaccountChecks::through);
    }

    boolean canCheckSubaccounts() {
        return subaccountCheck.get().isPresent();
    }

    /** Recreate or migrate after {@code backUp} (null: none), which returns the kept backup's file name. */
    void run(boolean migrate, Callable<String> backUp) {
        ContainerTarget current = target.get();
        SubaccountCheck check = subaccountCheck.get().orElse(null);
        if (migrate && check == null) {
            actions.showError("Sign in to " + current.container()
                    + " first: the migration compares its subaccounts before and after.");
            return;
        }
        String verb = migrate ? "Migrating " : "Recreating ";
        actions.run(verb + current.container() + "…", () -> {
            Consumer<String> steps = actions.steps();
            String backedUp = ConnectorBackup.takeFirst(backUp, "change", steps);
            ReplacementOutcome outcome = migrate
                    ? service.migrate(current.container(), current.image(), check, steps)
                    : service.recreateKeeping(current.container(), current.image(), check, steps);
            if (!outcome.succeeded()) {
                throw new IllegalStateException(outcome.message() + backedUp);
            }
            actions.tellSuccess(migrate ? "Migrated" : "Recreated", outcome.message() + backedUp);
            return null;
        });
    }
}
