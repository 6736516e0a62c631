package dev.connectorconsole.app;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The connectors the app knows, as profiles: which container each one means and how its image is made, and how a
 * new one joins the others (starting the sandbox or adopting a container adds a profile, never replaces the rest).
 */
public final class ConnectorProfiles {
    private ConnectorProfiles() {}

    /** The container a local profile means; how its image is made follows from the image's repository. */
    public static ContainerTarget targetOf(ConnectorProfile profile) {
        if (profile.isRemote()) {
            throw new IllegalArgumentException(profile.name() + " runs elsewhere: it has no container here");
        }
        ContainerTarget.Kind kind = ContainerTarget.isSandboxImage(profile.image()) ? ContainerTarget.Kind.SANDBOX
                : ContainerTarget.isSapImage(profile.image()) ? ContainerTarget.Kind.SAP_INSTALLER
                : ContainerTarget.Kind.ADOPTED;
        return new ContainerTarget(profile.container(), profile.image(), profile.hostPort(), kind);
    }

    /** The container the window opens on: the selected profile's, else the first with one, else SAP's defaults. */
    public static ContainerTarget initialTarget(AppSettings settings) {
        return initialProfile(settings).filter(p -> !p.isRemote())
                .or(() -> firstLocal(settings)).map(ConnectorProfiles::targetOf).orElseGet(ContainerTarget::sapDefaults);
    }

    /** The profile the window opens on: the one shown last, else the first with a container, else the first. */
    public static Optional<ConnectorProfile> initialProfile(AppSettings settings) {
        return settings.profiles().stream().filter(p -> p.name().equals(settings.selectedProfile())).findFirst()
                .or(() -> firstLocal(settings)).or(() -> settings.profiles().stream().findFirst());
    }

    public static Optional<ConnectorProfile> firstLocal(AppSettings settings) {
        return settings.profiles().stream().filter(p -> !p.isRemote()).findFirst();
    }

    /**
     * {@code added} joins the profiles: it takes the place of one with the same name or the same container, keeping
     * that one's pinned certificate when the container is the same; all others stay, in their order.
     */
    public static AppSettings withAdded(AppSettings settings, ConnectorProfile added) {
        List<ConnectorProfile> all = new ArrayList<>();
        boolean placed = false;
        for (ConnectorProfile existing : settings.profiles()) {
            if (!sameConnector(existing, added)) {
                all.add(existing);
            } else if (!placed) {
                boolean sameContainer = Objects.equals(existing.container(), added.container());
                all.add(added.pinnedSha256() == null && sameContainer
                        ? added.withPinnedSha256(existing.pinnedSha256()) : added);
                placed = true;
            }
        }
        if (!placed) {
            all.add(added);
        }
        return settings.withProfiles(all);
    }

    /**
     * The profile named {@code name} keeps {@code note} (null: none) about switching the roles of the pair made with
     * it; the others stay as they are.
     */
    public static AppSettings withHaSwitchNote(AppSettings settings, String name, String note) {
        List<ConnectorProfile> all = new ArrayList<>();
        for (ConnectorProfile p : settings.profiles()) {
            all.add(p.name().equals(name) ? p.withHaSwitchNote(note) : p);
        }
        return settings.withProfiles(all);
    }

    /** After an upgrade the local profiles of {@code container} name the image it runs now; others stay. */
    public static AppSettings withImage(AppSettings settings, String container, String image) {
        List<ConnectorProfile> all = new ArrayList<>();
        for (ConnectorProfile p : settings.profiles()) {
            all.add(!p.isRemote() && p.container().equals(container) ? p.withImage(image) : p);
        }
        return settings.withProfiles(all);
    }

    private static boolean sameConnector(ConnectorProfile a, ConnectorProfile b) {
        return a.name().equals(b.name()) || (!a.isRemote() && !b.isRemote() && a.container().equals(b.container())
                && Objects.equals(a.engine(), b.engine()));
    }
}
