package org.tollgate.app.lists;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for {@code list_update}. Lists are shared by every tenant, so these rows carry no tenant. */
@Repository
public class ListUpdateRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ListUpdateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ListUpdateRecord r) {
        jdbc.sql("INSERT INTO list_update (source, outcome, sha256, previous_hash, entity_count, added, removed,"
                        + " changed, reasons, at) VALUES (:source, :outcome, :sha, :prev, :count, :added, :removed,"
                        + " :changed, CAST(:reasons AS jsonb), :at)")
                .param("source", r.source())
                .param("outcome", r.outcome())
                .param("sha", r.sha256())
                .param("prev", r.previousHash())
                .param("count", r.entityCount())
                .param("added", r.added())
                .param("removed", r.removed())
                .param("changed", r.changed())
                .param("reasons", json.writeValueAsString(r.reasons()))
                .param("at", OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC))
                .update();
    }

    /** The last recorded update of each source. */
    public Map<String, ListUpdateRecord> lastBySource() {
        Map<String, ListUpdateRecord> out = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (source) source, outcome, sha256, previous_hash, entity_count, added, removed,"
                        + " changed, reasons, at FROM list_update ORDER BY source, id DESC")
                .query((rs, n) -> new ListUpdateRecord(
                        rs.getString("source"),
                        rs.getString("outcome"),
                        rs.getString("sha256"),
                        rs.getString("previous_hash"),
                        (Integer) rs.getObject("entity_count"),
                        (Integer) rs.getObject("added"),
                        (Integer) rs.getObject("removed"),
                        (Integer) rs.getObject("changed"),
                        json.readValue(rs.getString("reasons"), STRINGS),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list()
                .forEach(r -> out.put(r.source(), r));
        return out;
    }
}
