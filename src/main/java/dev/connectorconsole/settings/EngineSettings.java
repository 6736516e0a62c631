package dev.connectorconsole.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the Docker engine is.
 *
 * @param host     for {@link EngineMode#HOST}: {@code tcp://host:2376}, {@code unix:///path}, {@code npipe:////./pipe/x}
 * @param certPath folder with {@code ca.pem}, {@code cert.pem}, {@code key.pem} when {@code tlsVerify}; may be null
 */
public record EngineSettings(EngineMode mode, String host, boolean tlsVerify, String certPath) {
    public EngineSettings {
        mode = mode == null ? EngineMode.AUTOMATIC : mode;
    }

    public static EngineSettings automatic() {
        return new EngineSettings(EngineMode.AUTOMATIC, null, false, null);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (mode == EngineMode.HOST) {
            if (host == null || host.isBlank()) {
                problems.add("Engine host is empty: enter e.g. tcp://build-host:2376, or choose automatic");
            } else if (!host.matches("(tcp|unix|npipe|ssh)://.+")) {
                problems.add("Engine host '" + host + "' must start with tcp://, unix://, npipe:// or ssh://");
            }
            if (tlsVerify && (certPath == null || certPath.isBlank())) {
                problems.add("TLS verification needs the folder with ca.pem, cert.pem and key.pem");
            }
        }
        return problems;
    }
}
