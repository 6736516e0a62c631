package dev.connectorconsole.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * A Docker engine besides the default one (another host's, over TLS or ssh), named so connector profiles can say
 * where their container runs.
 */
public record NamedEngine(String name, EngineSettings engine) {
    /** The name shown for the engine of {@link AppSettings#engine()}; profiles name it by leaving their engine empty. */
    public static final String DEFAULT_NAME = "Default engine";

    public static NamedEngine of(String name, String host, boolean tlsVerify, String certPath) {
        return new NamedEngine(name, new EngineSettings(EngineMode.HOST, host, tlsVerify, tlsVerify ? certPath : null));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("An engine has no name");
        } else if (name.strip().equalsIgnoreCase(DEFAULT_NAME)) {
            problems.add("'" + DEFAULT_NAME + "' is the name of the engine above: choose another name");
        }
        if (engine == null || engine.mode() != EngineMode.HOST) {
            problems.add("Engine '" + name + "' has no address");
        } else {
            engine.problems().forEach(p -> problems.add("Engine '" + name + "': " + p));
        }
        return problems;
    }
}
