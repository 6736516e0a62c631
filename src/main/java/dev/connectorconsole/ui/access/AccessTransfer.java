package dev.connectorconsole.ui.access;

import dev.connectorconsole.accesscontrol.AccessControlFile;
import dev.connectorconsole.accesscontrol.AccessControlSet;
import dev.connectorconsole.accesscontrol.CopyPlan;
import dev.connectorconsole.accesscontrol.CopyRun;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Copy, export and import of a subaccount's access control: the plan is worked out in the background, shown to the
 * user ({@code confirm} answers whether to go on), then applied; the outcome goes to the form's message line and the
 * list is reloaded. Nothing is sent before the user has seen the plan.
 */
final class AccessTransfer {
    /** What the preview is given: where it goes, and the plan. */
    record Preview(String targetName, CopyPlan plan) {}

    private final AccessControlViewModel model;
    private final ConnectorCalls calls;

    AccessTransfer(AccessControlViewModel model) {
        this.model = model;
        this.calls = model.calls();
    }

    void copyTo(SubaccountChoice target, Predicate<Preview> confirm) {
        SubaccountChoice source = model.subaccountProperty().get();
        if (source == null || target == null) {
            return;
        }
        calls.run("Comparing with " + target.displayName() + "…", client -> CopyPlan.of(
                AccessControlSet.read(client, source.regionHost(), source.subaccount()),
                AccessControlSet.read(client, target.regionHost(), target.subaccount())),
                plan -> applyIfConfirmed(new Preview(target.displayName(), plan), target, confirm, false),
                this::failed);
    }

    void export(Path file) {
        SubaccountChoice source = model.subaccountProperty().get();
        if (source == null) {
            return;
        }
        calls.run("Exporting to " + file.getFileName() + "…", client -> {
            AccessControlSet set = AccessControlSet.read(client, source.regionHost(), source.subaccount());
            AccessControlFile.write(set, file);
            return set;
        }, set -> say(FormMessage.success("Exported " + set.systems().size() + " system(s), " + set.resourceCount()
                + " resource(s) and " + set.domains().size() + " domain mapping(s) to " + file.getFileName() + ".")),
                this::failed);
    }

    void importFrom(Path file, Predicate<Preview> confirm) {
        SubaccountChoice target = model.subaccountProperty().get();
        if (target == null) {
            return;
        }
        calls.run("Reading " + file.getFileName() + "…", client -> CopyPlan.of(AccessControlFile.read(file),
                        AccessControlSet.read(client, target.regionHost(), target.subaccount())),
                plan -> applyIfConfirmed(new Preview(target.displayName(), plan), target, confirm, true),
                this::failed);
    }

    private void applyIfConfirmed(Preview preview, SubaccountChoice target, Predicate<Preview> confirm,
                                  boolean reloadAfter) {
        if (preview.plan().count(CopyPlan.Action.CREATE) == 0) {
            say(FormMessage.success("Nothing to copy: " + target.displayName() + " already has all of it"
                    + (preview.plan().count(CopyPlan.Action.CLASH) > 0 ? " or its own version of it." : ".")));
            return;
        }
        if (!confirm.test(preview)) {
            return;
        }
        long start = System.nanoTime();
        calls.run("Copying to " + target.displayName() + "…",
                client -> CopyRun.apply(preview.plan(), client, target.regionHost(), target.subaccount(), done -> { }),
                outcome -> {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    say(FormMessage.success("Copied to " + target.displayName() + ": " + outcome.systemsCreated()
                            + " system(s), " + outcome.resourcesCreated() + " resource(s), " + outcome.domainsCreated()
                            + " domain mapping(s) (" + outcome.requests() + " requests, " + millis + " ms)."));
                    if (reloadAfter) {
                        model.refresh();
                    }
                }, this::failed);
    }

    /** A file that is no export is the file's problem, not the connection's: only connector errors go to the session. */
    private void failed(Throwable failure) {
        if (failure instanceof SccException && model.session().reportFailure(failure)) {
            return;
        }
        say(FormMessage.error(failure.getMessage()));
    }

    private void say(FormMessage message) {
        model.form().messageProperty().set(message);
    }
}
