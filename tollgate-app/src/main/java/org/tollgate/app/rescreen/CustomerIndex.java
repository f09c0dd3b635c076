package org.tollgate.app.rescreen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tollgate.app.customer.CustomerData;
import org.tollgate.app.customer.CustomerService;
import org.tollgate.app.screening.ScreeningSubject;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.screening.Hit;
import org.tollgate.screening.Party;
import org.tollgate.screening.PartyName;
import org.tollgate.screening.Screener;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.index.ScreeningIndex;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reverse-screening index: every screened subject of every customer (its legal name, other names, beneficial
 * owners, control person), kept in memory so that a changed list entity is screened against the whole customer base
 * at a cost that follows the change, not the base.
 *
 * <p>The {@link ScreeningIndex} is immutable, so the index is a large <em>base</em> built from one database snapshot
 * plus a small <em>overlay</em> of the customers changed since, rebuilt when it is queried after a change. The
 * overlay is fed from {@code rescreen_customer_change}, which a trigger fills in the transaction of every customer
 * write; rows are read by transaction id from the last snapshot's {@code xmin}, so a change that commits late is
 * read next time rather than skipped. A customer in the overlay is ignored in the base (its entry there is stale).
 * When the overlay outgrows a tenth of the base, the base is rebuilt.
 *
 * <p>Scores here are only for finding candidates: the base's word weights are those of the customer names. Every
 * candidate is screened again the ordinary way, against the lists in force, before an alert is opened.
 */
@Component
public class CustomerIndex {
    private static final Logger log = LoggerFactory.getLogger(CustomerIndex.class);
    private static final String CURRENT = "SELECT c.id, v.data::text AS data FROM customer c"
            + " JOIN customer_version v ON v.customer_id = c.id AND v.version = c.current_version";

    /** A customer subject a list entity may match. */
    public record Match(UUID customerId, String subject, String entityId, double score) {}

    private final DataSource dataSource;
    private final JsonMapper json;

    private Screener base;
    private int baseCustomers;
    private final Map<UUID, List<Party>> overlay = new HashMap<>();
    private Screener overlayScreener;
    private boolean overlayDirty;
    private String mark;
    private long builtMillis;
    private long readMillis;
    private java.time.Instant lastCatchUp = java.time.Instant.EPOCH;
    private Set<UUID> lastChanged = Set.of();

    /** How long the overlay may go without a catch-up before the base is rebuilt instead. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(12);

    CustomerIndex(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Builds the base if it is not built yet. */
    public synchronized void ensureBuilt() {
        if (base == null) {
            rebuild();
        }
    }

    /** Whether the base has been built. */
    public synchronized boolean built() {
        return base != null;
    }

    /** Customers in the base, names indexed, overlay size and build time: for logs and the benchmark. */
    public synchronized String describe() {
        return base == null
                ? "not built"
                : String.format(
                        java.util.Locale.ROOT,
                        "%,d customers, %,d names (base built in %,d ms, of which %,d reading), %,d changed since",
                        baseCustomers,
                        base.index().nameCount(),
                        builtMillis,
                        readMillis,
                        overlay.size());
    }

    /** Rebuilds the base from the current customers and empties the overlay. */
    public synchronized void rebuild() {
        long t0 = System.nanoTime();
        List<Party> parties = new ArrayList<>();
        Set<UUID> customers = new HashSet<>();
        String xmin;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                xmin = xmin(c);
                try (Statement st = c.createStatement()) {
                    st.setFetchSize(5000);
                    try (ResultSet rs = st.executeQuery(CURRENT)) {
                        // rows are parsed in chunks on all processors while the next chunk streams in order
                        List<UUID> ids = new ArrayList<>();
                        List<String> data = new ArrayList<>();
                        while (rs.next()) {
                            UUID id = rs.getObject(1, UUID.class);
                            customers.add(id);
                            ids.add(id);
                            data.add(rs.getString(2));
                            if (ids.size() == 20_000) {
                                parse(ids, data, parties);
                            }
                        }
                        parse(ids, data, parties);
                    }
                }
                c.commit();
            } finally {
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the customers for the reverse index: " + e.getMessage(), e);
        }
        readMillis = (System.nanoTime() - t0) / 1_000_000;
        base = new Screener(ScreeningIndex.build(parties));
        baseCustomers = customers.size();
        overlay.clear();
        overlayScreener = null;
        overlayDirty = false;
        mark = xmin;
        lastCatchUp = java.time.Instant.now();
        builtMillis = (System.nanoTime() - t0) / 1_000_000;
        log.info("Reverse customer index: {}", describe());
    }

    /**
     * Reads the customers changed since the last catch-up into the overlay; returns how many. After more than
     * {@link #STALE} without one (the change log keeps a day: older rows are pruned here) the base is rebuilt instead.
     */
    public synchronized int catchUp() {
        if (base == null || lastCatchUp.plus(STALE).isBefore(java.time.Instant.now())) {
            rebuild();
            lastChanged = Set.of();
            return 0;
        }
        Set<UUID> changed = new HashSet<>();
        Map<UUID, List<Party>> loaded = new HashMap<>();
        String next;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                next = xmin(c);
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT DISTINCT customer_id FROM rescreen_customer_change WHERE xid >= CAST(? AS xid8)")) {
                    ps.setString(1, mark);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            changed.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
                if (!changed.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(CURRENT + " WHERE c.id = ANY(?)")) {
                        ps.setArray(1, c.createArrayOf("uuid", changed.toArray()));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                UUID id = rs.getObject(1, UUID.class);
                                loaded.put(id, parties(id, rs.getString(2)));
                            }
                        }
                    }
                }
                c.commit();
            } finally {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
            // a day of changes is kept: every reader catches up (or rebuilds) at least every STALE
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rescreen_customer_change"
                    + " WHERE xid < CAST(? AS xid8) AND at < now() - interval '1 day'")) {
                ps.setString(1, next);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the customer changes: " + e.getMessage(), e);
        }
        lastCatchUp = java.time.Instant.now();
        for (UUID id : changed) {
            // a customer no longer found was deleted: an empty entry hides its stale base entry
            overlay.put(id, loaded.getOrDefault(id, List.of()));
        }
        lastChanged = Set.copyOf(changed);
        if (!changed.isEmpty()) {
            overlayDirty = true;
        }
        mark = next;
        if (overlay.size() > Math.max(10_000, baseCustomers / 10)) {
            rebuild();
        }
        return changed.size();
    }

    /** The customer subjects a list entity may match, scoring at least the options' minimum score. */
    public synchronized List<Match> match(Party entity, ScreeningOptions options) {
        ensureBuilt();
        List<Match> out = new ArrayList<>();
        for (Hit h : base.screen(entity, options).hits()) {
            Match m = match(entity, h);
            if (!overlay.containsKey(m.customerId())) {
                out.add(m);
            }
        }
        if (!overlay.isEmpty()) {
            if (overlayDirty || overlayScreener == null) {
                List<Party> all = new ArrayList<>();
                overlay.values().forEach(all::addAll);
                overlayScreener = new Screener(ScreeningIndex.build(all));
                overlayDirty = false;
            }
            for (Hit h : overlayScreener.screen(entity, options).hits()) {
                out.add(match(entity, h));
            }
        }
        return out;
    }

    /** The customers the last {@link #catchUp} read (empty after a rebuild). */
    public synchronized Set<UUID> lastChanged() {
        return lastChanged;
    }

    /**
     * A screener over the current subjects of some customers of the overlay only, to screen a change against the
     * few customers written while it was being screened (see {@link RescreenWorker}).
     */
    public synchronized Screener among(Set<UUID> customers) {
        List<Party> some = new ArrayList<>();
        for (UUID id : customers) {
            some.addAll(overlay.getOrDefault(id, List.of()));
        }
        return new Screener(ScreeningIndex.build(some));
    }

    /** The matches of a hit list from {@link #among}. */
    public static List<Match> matches(Party entity, List<Hit> hits) {
        List<Match> out = new ArrayList<>();
        for (Hit h : hits) {
            out.add(match(entity, h));
        }
        return out;
    }

    private static Match match(Party entity, Hit h) {
        String id = h.entityId();
        int slash = id.indexOf('/');
        return new Match(UUID.fromString(id.substring(0, slash)), id.substring(slash + 1), entity.id(), h.score());
    }

    private void parse(List<UUID> ids, List<String> data, List<Party> into) {
        List<List<Party>> parsed = java.util.stream.IntStream.range(0, ids.size())
                .parallel()
                .mapToObj(i -> parties(ids.get(i), data.get(i)))
                .toList();
        parsed.forEach(into::addAll);
        ids.clear();
        data.clear();
    }

    private List<Party> parties(UUID customerId, String data) {
        CustomerData d = json.readValue(data, CustomerData.class);
        List<Party> out = new ArrayList<>();
        for (ScreeningSubject s : CustomerService.subjects(d)) {
            out.add(party(customerId, s));
        }
        return out;
    }

    /** One subject as an indexed party; its id is {@code <customer id>/<subject key>}. */
    static Party party(UUID customerId, ScreeningSubject s) {
        EntityType type = "organization".equals(s.type()) ? EntityType.ORGANIZATION : EntityType.PERSON;
        List<BirthDate> dates = s.birthDate() == null
                ? List.of()
                : PartialDate.parse(s.birthDate()).map(BirthDate::of).stream().toList();
        List<String> countries = s.country() == null ? List.of() : List.of(s.country());
        return Party.customer(
                customerId + "/" + s.key(), type, List.of(PartyName.strong(s.name())), dates, countries, List.of());
    }

    private static String xmin(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
