package org.tollgate.geo.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written fixture files under {@code src/test/resources}. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * A fixture by its resource path, e.g. {@code /org/tollgate/geo/network/tor-exits.txt}: the file itself, or a
     * temporary copy with the same name when it is read from this module's test jar (by another module's tests).
     */
    public static Path path(String resource) {
        URL url = Fixtures.class.getResource(resource);
        if (url == null) {
            throw new AssertionError("missing test fixture " + resource);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path dir = Files.createTempDirectory("tollgate-geo-fixture");
            Path copy = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy);
            }
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return copy;
        } catch (URISyntaxException | IOException e) {
            throw new AssertionError("cannot read test fixture " + resource, e);
        }
    }

    /** The Tor exit list fixture. */
    public static Path torExits() {
        return path("/org/tollgate/geo/network/tor-exits.txt");
    }
}
