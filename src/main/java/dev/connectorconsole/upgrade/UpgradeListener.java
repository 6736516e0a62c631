package dev.connectorconsole.upgrade;

/** Progress of an upgrade, called on the upgrading thread; the texts hold no secrets. */
@FunctionalInterface
public interface UpgradeListener {
    /** {@code text} is one sentence about {@code step}; the first call for a step is its start. */
    void progress(UpgradeStep step, String text);
}
