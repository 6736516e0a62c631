package dev.connectorconsole.engine;

import java.util.Optional;

/** PORT_IN_USE with what the user needs to fix it: who holds the port and a free one to use instead. */
public final class PortInUseException extends EngineException {
    private final int port;
    private final String holder;
    private final int proposedPort;

    public PortInUseException(int port, String holder, int proposedPort, Throwable cause) {
        super(Kind.PORT_IN_USE, "Host port " + port + " is already in use by " + (holder == null ? "another program" : holder)
                + ". Port " + proposedPort + " is free: use that one instead.", cause);
        this.port = port;
        this.holder = holder;
        this.proposedPort = proposedPort;
    }

    public int port() {
        return port;
    }

    public Optional<String> holder() {
        return Optional.ofNullable(holder);
    }

    public int proposedPort() {
        return proposedPort;
    }
}
