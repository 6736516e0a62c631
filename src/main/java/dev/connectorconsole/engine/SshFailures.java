package dev.connectorconsole.engine;

import java.util.Locale;

/** Turns what ssh said when it gave up into a sentence that names the engine and what to do. */
final class SshFailures {
    private SshFailures() {}

    static EngineException ended(EngineEndpoint endpoint, int exitCode, String sshSaid) {
        String said = sshSaid.isBlank() ? "ssh ended with code " + exitCode : sshSaid.replaceAll("[.\\s]+$", "");
        String text = said.toLowerCase(Locale.ROOT);
        String destination = SshAddress.of(endpoint.host()).destination();
        String where = "ssh to the engine at " + endpoint.host() + " failed (" + said + "). ";
        if (text.contains("host key verification failed") || text.contains("host key for")
                || text.contains("remote host identification has changed")) {
            return new EngineException(EngineException.Kind.WRONG_HOST, where + "ssh does not know this host's key:"
                    + " run `ssh " + destination + "` once in a terminal, check the fingerprint and accept it.");
        }
        if (text.contains("permission denied")) {
            return new EngineException(EngineException.Kind.PERMISSION_DENIED, where + "Connector Console signs in"
                    + " with a key only (your ssh agent or ~/.ssh/config): add your public key to the host's"
                    + " authorized_keys.");
        }
        if (text.contains("connection refused") || text.contains("no route to host")
                || text.contains("could not resolve hostname") || text.contains("timed out")) {
            return new EngineException(EngineException.Kind.NOT_RUNNING, where + "Check the host name and that its"
                    + " ssh server runs (the address comes from " + endpoint.source() + ").");
        }
        return new EngineException(EngineException.Kind.WRONG_HOST, where + "Check that `ssh " + destination
                + "` works from a terminal without asking for a password.");
    }
}
