package dev.connectorconsole.settings;

/**
 * Which notifications the app shows while it runs: a tunnel that leaves Connected, a new alert of a connector, a
 * certificate about to expire. Each is on unless switched off (older files, which have none of them, too).
 */
public record NotificationChoices(Boolean tunnels, Boolean alerts, Boolean certificates) {
    public NotificationChoices {
        tunnels = tunnels == null || tunnels;
        alerts = alerts == null || alerts;
        certificates = certificates == null || certificates;
    }

    public static NotificationChoices allOn() {
        return new NotificationChoices(true, true, true);
    }

    public boolean any() {
        return tunnels || alerts || certificates;
    }
}
