package org.tollgate.geo.mmdb;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.ip.IpAddress;

/**
 * One kind of location database (country or city) made of one or more MMDB files: a separate IPv4 and IPv6 file
 * (how the {@code @ip-location-db} packages ship), or one file that holds both (MaxMind's). IPv4 addresses are
 * looked up in the first IPv4-only file, else in the first file with an IPv6 tree; IPv6 addresses in the first file
 * with an IPv6 tree.
 */
public final class LocationDatabase implements Closeable {
    private final String role;
    private final List<MmdbFile> files;
    private final MmdbFile forIpv4;
    private final MmdbFile forIpv6;

    private LocationDatabase(String role, List<MmdbFile> files) {
        this.role = role;
        this.files = List.copyOf(files);
        this.forIpv4 = files.stream()
                .filter(f -> f.ipVersion() == 4)
                .findFirst()
                .orElse(files.stream()
                        .filter(f -> f.ipVersion() == 6)
                        .findFirst()
                        .orElse(null));
        this.forIpv6 =
                files.stream().filter(f -> f.ipVersion() == 6).findFirst().orElse(null);
    }

    /**
     * Opens the files of one database.
     *
     * @param role {@code country} or {@code city}
     * @throws GeoException when a file is missing or unreadable (the files opened so far are closed)
     */
    public static LocationDatabase open(String role, List<Path> files) throws GeoException {
        if (files.isEmpty()) {
            throw new GeoException("the " + role + " database needs at least one MMDB file");
        }
        List<MmdbFile> opened = new ArrayList<>();
        try {
            for (Path p : files) {
                opened.add(MmdbFile.open(p, role));
            }
        } catch (GeoException e) {
            for (MmdbFile f : opened) {
                try {
                    f.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return new LocationDatabase(role, opened);
    }

    /** {@code country} or {@code city}. */
    public String role() {
        return role;
    }

    /** What this database says about the address ({@link Location#NONE} when nothing). */
    public Location lookup(IpAddress ip) throws GeoException {
        MmdbFile f = ip.ipv4() ? forIpv4 : forIpv6;
        return f == null ? Location.NONE : f.lookup(ip);
    }

    /** The file that answers for this address, if any. */
    public Optional<DatabaseVersion> versionFor(IpAddress ip) {
        MmdbFile f = ip.ipv4() ? forIpv4 : forIpv6;
        return f == null ? Optional.empty() : Optional.of(f.version());
    }

    /** Every file of this database. */
    public List<DatabaseVersion> versions() {
        return files.stream().map(MmdbFile::version).toList();
    }

    /** The opened files. */
    public List<MmdbFile> files() {
        return files;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (MmdbFile f : files) {
            try {
                f.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
