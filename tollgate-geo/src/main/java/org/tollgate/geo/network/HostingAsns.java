package org.tollgate.geo.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tollgate.geo.GeoException;

/**
 * The autonomous systems of hosting, cloud, CDN and data-centre providers. A login from one of them comes from a
 * machine in a data centre (a VM, a proxy, a VPN exit, a privacy relay such as Cloudflare WARP or iCloud Private
 * Relay, whose egress runs through CDN networks), not from a person's own Internet connection.
 *
 * <p>The file format: one AS per line, {@code <number> <provider name>}; {@code #} starts a comment. The built-in
 * list ({@code hosting-asns.txt}) is curated by hand from the AS numbers the providers publish and was checked
 * against the organisation names in the {@code @ip-location-db/asn} table.
 */
public final class HostingAsns {
    private static final String RESOURCE = "hosting-asns.txt";

    private final Map<Long, String> providers;
    private final String source;

    private HostingAsns(Map<Long, String> providers, String source) {
        this.providers = Map.copyOf(providers);
        this.source = source;
    }

    /** The built-in list. */
    public static HostingAsns defaults() {
        try (InputStream in = HostingAsns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            }
            return parse(in, "built-in " + RESOURCE);
        } catch (IOException | GeoException e) {
            throw new IllegalStateException("the built-in " + RESOURCE + " cannot be read", e);
        }
    }

    /** A list from a file in the same format. */
    public static HostingAsns load(Path file) throws GeoException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new GeoException(file + ": cannot read the hosting ASN list: " + e.getMessage(), e);
        }
    }

    /** No hosting ASNs at all. */
    public static HostingAsns none() {
        return new HostingAsns(Map.of(), "none");
    }

    private static HostingAsns parse(InputStream in, String name) throws IOException, GeoException {
        Map<Long, String> providers = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] parts = content.split("\\s+", 2);
            long asn;
            try {
                asn = Long.parseLong(parts[0].startsWith("AS") ? parts[0].substring(2) : parts[0]);
            } catch (NumberFormatException e) {
                throw new GeoException(name + ", line " + n + ": not an AS number: '" + parts[0] + "'");
            }
            if (asn <= 0 || asn > 0xffff_ffffL) {
                throw new GeoException(name + ", line " + n + ": AS number out of range: " + asn);
            }
            if (parts.length < 2) {
                throw new GeoException(name + ", line " + n + ": AS" + asn + " has no provider name");
            }
            if (providers.putIfAbsent(asn, parts[1].strip()) != null) {
                throw new GeoException(name + ", line " + n + ": AS" + asn + " is listed twice");
            }
        }
        return new HostingAsns(providers, name);
    }

    /** The provider's name when the AS is a hosting network. */
    public Optional<String> provider(long asn) {
        return Optional.ofNullable(providers.get(asn));
    }

    /** Every listed AS with its provider. */
    public Map<Long, String> all() {
        return providers;
    }

    /** Where the list came from. */
    public String source() {
        return source;
    }
}
