package dev.connectorconsole.testsupport;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The recorded traffic of a real connector, vendored under src/test/resources/scc-recordings (see its NOTICE). */
public final class Recordings {
    private Recordings() {
    }

    public static Path folder() {
        URL url = Recordings.class.getResource("/scc-recordings/LICENSE");
        if (url == null) {
            throw new IllegalStateException("scc-recordings are missing from the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
