package org.tollgate.geo.testdata;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The hand-written fixture files under {@code src/test/resources}. */
public final class Fixtures {
    private Fixtures() {}

    /** A fixture by its resource path, e.g. {@code /org/tollgate/geo/network/tor-exits.txt}. */
    public static Path path(String resource) {
        URL url = Fixtures.class.getResource(resource);
        if (url == null) {
            throw new AssertionError("missing test fixture " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The Tor exit list fixture. */
    public static Path torExits() {
        return path("/org/tollgate/geo/network/tor-exits.txt");
    }
}
