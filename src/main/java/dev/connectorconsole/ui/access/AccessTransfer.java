package dev.connectorconsole.ui.access;

import dev.connectorconsole.accesscontrol.AccessControlFile;
import dev.connectorconsole.accesscontrol.AccessControlSet;
import dev.connectorconsole.accesscontrol.CopyPlan;
import dev.connectorconsole.accesscontrol.ConnectorCopy;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /**
     * Copies to a subaccount of another connector, whose connection {@code target} holds and this closes when done.
     * Its failures are its own: they never end the signed-in session.
     */
    void copyToProfile(ProfileTargetModel.ProfileTarget target, Predicate<Preview> confirm) {
        SubaccountChoice source = model.subaccountProperty().get();
        if (source == null) {
            target.client().close();
            return;
        }
        SubaccountChoice chosen = target.subaccount();
        ConnectorCopy.Place to = new ConnectorCopy.Place(target.client(), chosen.regionHost(), chosen.subaccount());
        String name = chosen.displayName() + " on " + target.profile().name();
        Consumer<Throwable> failed = failure -> say(FormMessage.error(name + ": " + failure.getMessage()));
        boolean started = calls.run("Comparing with " + name + "…", client -> {
            AccessControlSet from = AccessControlSet.read(client, source.regionHost(), source.subaccount());
            try {
                return ConnectorCopy.plan(from, to);
            } catch (RuntimeException onTarget) {
                throw new TargetFailure(onTarget);
            }
        }, plan -> apply(new Preview(name, plan), confirm, client -> to, false, failed, target.client()::close),
                failure -> {
                    target.client().close();
                    if (failure instanceof TargetFailure onTarget) {
                        failed.accept(onTarget.getCause());
                    } else {
                        this.failed(failure);
                    }
                });
        if (!started) {
            target.client().close();
        }
    }

    /** A failure of the other connector: the signed-in session has nothing to do with it. */
    private static final class TargetFailure extends RuntimeException {
        TargetFailure(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
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
        apply(preview, confirm, client -> new ConnectorCopy.Place(client, target.regionHost(), target.subaccount()),
                reloadAfter, this::failed, () -> { });
    }

    /**
     * @param onTarget where the plan goes, given the signed-in client
     * @param finished runs once whatever happens: after the copy, or at once when nothing is sent
     */
    private void apply(Preview preview, Predicate<Preview> confirm, Function<SccClient, ConnectorCopy.Place> onTarget,
                       boolean reloadAfter, Consumer<Throwable> onFailure, Runnable finished) {
        if (preview.plan().count(CopyPlan.Action.CREATE) == 0) {
            finished.run();
            say(FormMessage.success("Nothing to copy: " + preview.targetName() + " already has all of it"
                    + (preview.plan().count(CopyPlan.Action.CLASH) > 0 ? " or its own version of it." : ".")));
            return;
        }
        if (!confirm.test(preview)) {
            finished.run();
            return;
        }
        long start = System.nanoTime();
        boolean started = calls.run("Copying to " + preview.targetName() + "…",
                client -> ConnectorCopy.apply(preview.plan(), onTarget.apply(client), done -> { }),
                outcome -> {
                    finished.run();
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    say(FormMessage.success("Copied to " + preview.targetName() + ": " + outcome.systemsCreated()
                            + " system(s), " + outcome.resourcesCreated() + " resource(s), " + outcome.domainsCreated()
                            + " domain mapping(s) (" + outcome.requests() + " requests, " + millis + " ms)."
                            + clashes(preview.plan())));
                    if (reloadAfter) {
                        model.refresh();
                    }
                }, failure -> {
                    finished.run();
                    onFailure.accept(failure);
                });
        if (!started) {
            finished.run();
        }
    }

    private static String clashes(CopyPlan plan) {
        long clashes = plan.count(CopyPlan.Action.CLASH);
        return clashes == 0 ? "" : " " + clashes + " item(s) not copied: the target has its own version.";
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
