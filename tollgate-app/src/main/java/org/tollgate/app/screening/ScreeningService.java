package org.tollgate.app.screening;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.lists.ListIndex;
import org.tollgate.app.web.ApiProblem;
import org.tollgate.screening.ScreeningEngine;
import org.tollgate.screening.ScreeningException;
import org.tollgate.screening.ScreeningOptions;
import org.tollgate.screening.ScreeningQuery;
import org.tollgate.screening.ScreeningResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening against the lists in force: ad hoc (nothing about the party is stored) and of customers (every result
 * stored with the snapshot hashes, engine version, threshold and full explanations, so it can be explained and
 * replayed).
 */
@Service
@EnableConfigurationProperties(ScreeningProperties.class)
public class ScreeningService {
    private final ListIndex lists;
    private final ScreeningProperties props;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    ScreeningService(
            ListIndex lists, ScreeningProperties props, JdbcClient jdbc, JsonMapper json, AuditLog audit, Clock clock) {
        this.lists = lists;
        this.props = props;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The answer to an ad-hoc screening.
     *
     * @param threshold the alert threshold
     * @param hits the hits, best first, shaped as {@code tollgate screen} writes them
     * @param engineVersion the engine version
     * @param lists source -> snapshot hash of the lists screened against
     */
    public record AdHocResult(double threshold, List<HitView> hits, String engineVersion, Map<String, String> lists) {}

    /** Screens a party without storing anything about it; the audit log records that a screening ran. */
    @Transactional
    public AdHocResult adHoc(Caller caller, String name, String type, String birthDate, String country) {
        ScreeningQuery q = query("", name, type, birthDate, country);
        ListIndex.InForce state = lists.inForce();
        ScreeningResult r = lists.screener(state).screen(q, options());
        List<HitView> hits = r.hits().stream().map(HitView::of).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hits", hits.size());
        details.put("alerts", hits.stream().filter(HitView::alert).count());
        details.put("lists", state.hashes());
        details.put("engine_version", r.engineVersion());
        audit.append(caller.audit(caller.tenantId(), "screening.ad_hoc", "screening", UUID.randomUUID(), details));
        return new AdHocResult(r.threshold(), hits, r.engineVersion(), state.hashes());
    }

    /**
     * Screens the subjects of one customer version and stores each result (in the caller's transaction).
     *
     * @param cleared whether the allow-list clears (customer, entity id): such hits open no alert
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<SubjectScreening> screenCustomer(
            UUID tenantId,
            UUID customerId,
            int version,
            List<ScreeningSubject> subjects,
            String actor,
            BiPredicate<UUID, String> cleared) {
        return screenCustomer(tenantId, customerId, version, subjects, actor, cleared, true);
    }

    /**
     * As {@link #screenCustomer(UUID, UUID, int, List, String, BiPredicate)}; with {@code storeClean} false a subject
     * without hits is neither stored nor returned (a full re-screen records each customer it screened in its own
     * progress table, with the run's snapshot hashes, engine version and threshold, rather than a million empty
     * results).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<SubjectScreening> screenCustomer(
            UUID tenantId,
            UUID customerId,
            int version,
            List<ScreeningSubject> subjects,
            String actor,
            BiPredicate<UUID, String> cleared,
            boolean storeClean) {
        ListIndex.InForce state = lists.inForce();
        var screener = lists.screener(state);
        List<SubjectScreening> out = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        // the same party named twice (an owner who is also the control person) is screened once
        Map<List<String>, ScreeningResult> screened = new HashMap<>();
        List<StoredScreening> rows = new ArrayList<>();
        for (ScreeningSubject s : subjects) {
            ScreeningQuery q = query(s.key(), s.name(), s.type(), s.birthDate(), s.country());
            ScreeningResult r = screened.computeIfAbsent(
                    java.util.Arrays.asList(s.name(), s.type(), s.birthDate(), s.country()),
                    k -> screener.screen(q, options()));
            List<HitView> hits = r.hits().stream().map(HitView::of).toList();
            if (hits.isEmpty() && !storeClean) {
                continue;
            }
            Set<String> suppressed = new HashSet<>();
            for (HitView h : hits) {
                if (h.alert() && cleared.test(customerId, h.entityId())) {
                    suppressed.add(h.entityId());
                }
            }
            UUID id = UUID.randomUUID();
            Map<String, Object> queryJson = new LinkedHashMap<>();
            queryJson.put("name", s.name());
            queryJson.put("type", s.type());
            queryJson.put("birth_date", s.birthDate());
            queryJson.put("country", s.country());
            rows.add(new StoredScreening(
                    id,
                    s.key(),
                    json.writeValueAsString(queryJson),
                    r.engineVersion(),
                    r.threshold(),
                    json.writeValueAsString(hits),
                    json.writeValueAsString(suppressed.stream().sorted().toList())));
            out.add(new SubjectScreening(id, s, hits, suppressed));
        }
        insert(tenantId, customerId, version, json.writeValueAsString(state.hashes()), at, actor, rows);
        return out;
    }

    /** One stored screening result, before it is written. */
    private record StoredScreening(
            UUID id,
            String subject,
            String query,
            String engineVersion,
            double threshold,
            String hits,
            String suppressed) {}

    /** Writes a customer's screening results in one statement (one round trip, however many names it has). */
    private void insert(
            UUID tenantId,
            UUID customerId,
            int version,
            String snapshots,
            OffsetDateTime at,
            String actor,
            List<StoredScreening> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO screening_result (id, tenant_id, customer_id,"
                + " customer_version, subject, query, engine_version, threshold, snapshots, hits, suppressed,"
                + " screened_at, screened_by) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(:id")
                    .append(i)
                    .append(", :tenant, :customer, :version, :subject")
                    .append(i)
                    .append(", CAST(:query")
                    .append(i)
                    .append(" AS jsonb), :engine")
                    .append(i)
                    .append(", :threshold")
                    .append(i)
                    .append(", CAST(:snapshots AS jsonb), CAST(:hits")
                    .append(i)
                    .append(" AS jsonb), CAST(:suppressed")
                    .append(i)
                    .append(" AS jsonb), :at, :actor)");
        }
        JdbcClient.StatementSpec st = jdbc.sql(sql.toString())
                .param("tenant", tenantId)
                .param("customer", customerId)
                .param("version", version)
                .param("snapshots", snapshots)
                .param("at", at)
                .param("actor", actor);
        for (int i = 0; i < rows.size(); i++) {
            StoredScreening r = rows.get(i);
            st = st.param("id" + i, r.id())
                    .param("subject" + i, r.subject())
                    .param("query" + i, r.query())
                    .param("engine" + i, r.engineVersion())
                    .param("threshold" + i, r.threshold())
                    .param("hits" + i, r.hits())
                    .param("suppressed" + i, r.suppressed());
        }
        st.update();
    }

    /** Whether any list is in force (a screening against none proves nothing). */
    public boolean listsInForce() {
        return !lists.inForce().empty();
    }

    /** The snapshot hashes in force. */
    public Map<String, String> snapshotHashes() {
        return lists.inForce().hashes();
    }

    public String engineVersion() {
        return ScreeningEngine.VERSION;
    }

    private ScreeningOptions options() {
        return ScreeningOptions.defaults().withThreshold(props.threshold());
    }

    /** A query; an unreadable field is a 400 naming it ({@code prefix} names the subject in a customer). */
    private static ScreeningQuery query(String prefix, String name, String type, String birthDate, String country) {
        try {
            return ScreeningQuery.parse(name, type, birthDate, country, "");
        } catch (ScreeningException e) {
            String m = e.getMessage();
            String field = m.startsWith("name")
                    ? "name"
                    : m.startsWith("type") ? "type" : m.startsWith("birth_date") ? "birth_date" : "country";
            throw ApiProblem.invalid(prefix.isEmpty() ? field : prefix + "." + field, m);
        }
    }
}
