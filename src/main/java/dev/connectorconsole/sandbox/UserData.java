package dev.connectorconsole.sandbox;

/** A user of the sandbox's local user store, as persisted (hash only). */
final class UserData {
    public String name;
    public String algorithm;
    public int iterations;
    public String salt;
    public String hash;
    public boolean mustChangePassword;

    @Override
    public String toString() {
        return "UserData[name=" + name + ", mustChangePassword=" + mustChangePassword + "]";
    }
}
