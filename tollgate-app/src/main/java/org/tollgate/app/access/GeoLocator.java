package org.tollgate.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.GeoLookup;
import org.tollgate.geo.GeoScreener;
import org.tollgate.geo.GeoSources;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.policy.GeoPolicy;

/**
 * The service's IP geolocation: one {@link GeoScreener} over the installed IP data, the geo policy and the tenant
 * overrides. Opened on first use, or when the web service is ready (so the first gateway check does not pay the
 * ~1.5 s of loading); command-line tasks that never look up an address never load it.
 *
 * <p>When the data is missing or unreadable the service still runs: {@link #lookup} answers empty and {@link
 * #unavailableReason()} says why, so the access check can answer "geolocation unavailable".
 */
@Component
public class GeoLocator implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(GeoLocator.class);

    private final GeoProperties properties;
    private final Clock clock;
    private volatile State state;

    /** The opened data, or why there is none. */
    private record State(
            Optional<GeoScreener> screener,
            GeoPolicy policy,
            Map<UUID, GeoPolicy> tenantPolicies,
            String unavailableReason,
            Optional<Path> dataDir) {}

    GeoLocator(GeoProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext) {
            state();
        }
    }

    /**
     * Screens an address as of a day under the tenant's policy; empty when no IP data is available.
     *
     * @throws GeoException when a database file turns out to be corrupt
     */
    public Optional<GeoLookup> lookup(IpAddress ip, LocalDate day, UUID tenant) throws GeoException {
        State s = state();
        if (s.screener().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.screener().get().lookup(ip, day, policyOf(s, tenant)));
    }

    /** Screens an address today under the tenant's policy; empty when no IP data is available. */
    public Optional<GeoLookup> lookup(IpAddress ip, UUID tenant) throws GeoException {
        State s = state();
        if (s.screener().isEmpty()) {
            return Optional.empty();
        }
        GeoScreener screener = s.screener().get();
        return Optional.of(screener.lookup(ip, screener.today(), policyOf(s, tenant)));
    }

    /** Whether IP data is loaded. */
    public boolean available() {
        return state().screener().isPresent();
    }

    /** Why there is no IP data; empty when there is. */
    public String unavailableReason() {
        return state().unavailableReason();
    }

    /** The policy applied to a tenant's addresses. */
    public GeoPolicy policy(UUID tenant) {
        return policyOf(state(), tenant);
    }

    private static GeoPolicy policyOf(State s, UUID tenant) {
        GeoPolicy p = s.tenantPolicies().get(tenant);
        return p != null ? p : s.policy();
    }

    private State state() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                s = state;
                if (s == null) {
                    s = open();
                    state = s;
                }
            }
        }
        return s;
    }

    private State open() {
        GeoPolicy policy;
        Map<UUID, GeoPolicy> tenants = new HashMap<>();
        try {
            policy =
                    properties.policy().isBlank() ? GeoPolicy.defaults() : GeoPolicy.load(Path.of(properties.policy()));
            if (!properties.tenantPolicies().isBlank()) {
                tenants.putAll(tenantPolicies(policy, Path.of(properties.tenantPolicies())));
            }
        } catch (GeoException e) {
            // a broken policy must not be replaced silently by another one: refuse to start
            throw new IllegalStateException("geo policy: " + e.getMessage(), e);
        }
        Optional<Path> dir = dataDirectory();
        if (dir.isEmpty()) {
            String why = "geolocation unavailable: no IP data directory (run scripts/install-geo-data.sh or set"
                    + " tollgate.geo.data-dir)";
            log.warn(why);
            return new State(Optional.empty(), policy, Map.copyOf(tenants), why, dir);
        }
        GeoSources sources = GeoSources.fromDataDirectory(dir.get());
        if (!properties.torExits().isBlank()) {
            sources = sources.withTorExitList(Path.of(properties.torExits()));
        }
        if (!sources.hasLocationData()) {
            String why =
                    "geolocation unavailable: no IP databases in " + dir.get() + " (run scripts/install-geo-data.sh)";
            log.warn(why);
            return new State(Optional.empty(), policy, Map.copyOf(tenants), why, dir);
        }
        try {
            long t0 = System.nanoTime();
            GeoScreener screener = GeoScreener.open(sources, policy, clock);
            // build the lazily made lookup tables now rather than on the first request
            screener.lookup(IpAddress.ofIpv4(0x08080808));
            log.info(
                    "IP geolocation loaded from {} in {} ms: {}",
                    dir.get(),
                    (System.nanoTime() - t0) / 1_000_000,
                    screener.databases());
            return new State(Optional.of(screener), policy, Map.copyOf(tenants), "", dir);
        } catch (GeoException | RuntimeException e) {
            String why = "geolocation unavailable: " + e.getMessage();
            log.error(why, e);
            return new State(Optional.empty(), policy, Map.copyOf(tenants), why, dir);
        }
    }

    private Optional<Path> dataDirectory() {
        if (!properties.dataDir().isBlank()) {
            Path p = Path.of(properties.dataDir());
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        }
        Path local = Path.of("data", "geo");
        if (Files.isDirectory(local)) {
            return Optional.of(local.toAbsolutePath());
        }
        Optional<Path> repo = GeoSources.defaultDataDirectory();
        if (repo.isPresent()) {
            return repo;
        }
        String home = System.getenv("TOLLGATE_HOME");
        Path base =
                home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".tollgate");
        Path geo = base.resolve("geo");
        return Files.isDirectory(geo) ? Optional.of(geo) : Optional.empty();
    }

    private static Map<UUID, GeoPolicy> tenantPolicies(GeoPolicy base, Path dir) throws GeoException {
        Map<UUID, GeoPolicy> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            throw new GeoException(dir + ": not a directory");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String stem = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
                UUID tenant;
                try {
                    tenant = UUID.fromString(stem);
                } catch (IllegalArgumentException e) {
                    throw new GeoException(name + ": a tenant override is named <tenant-id>.yaml");
                }
                out.put(tenant, base.withOverride(f));
            }
        } catch (IOException e) {
            throw new GeoException(dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void destroy() {
        State s = state;
        if (s != null && s.screener().isPresent()) {
            try {
                s.screener().get().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
