package org.tollgate.app.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tollgate.app.tenant.TenantKind;
import org.tollgate.app.tenant.TenantScope;

/** SQL for API keys. Reads of key lists take a {@link TenantScope}; authentication looks a key up by its hash. */
@Repository
class ApiKeyRepository {
    private static final String COLUMNS =
            "id, tenant_id, name, prefix, role, created_at, created_by, revoked_at, last_used_at";

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiKey k, String keyHash) {
        jdbc.sql("INSERT INTO api_key (id, tenant_id, name, prefix, key_hash, role, created_at, created_by)"
                        + " VALUES (:id, :tenant, :name, :prefix, :hash, :role, :at, :by)")
                .param("id", k.id())
                .param("tenant", k.tenantId())
                .param("name", k.name())
                .param("prefix", k.prefix())
                .param("hash", keyHash)
                .param("role", k.role().code())
                .param("at", utc(k.createdAt()))
                .param("by", k.createdBy())
                .update();
    }

    List<ApiKey> list(TenantScope scope, UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE tenant_id = :tenant AND tenant_id = ANY(:visible)"
                        + " ORDER BY created_at, id")
                .param("tenant", tenantId)
                .param("visible", scope.ids())
                .query(ApiKeyRepository::map)
                .list();
    }

    Optional<ApiKey> find(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = :id AND tenant_id = ANY(:visible)")
                .param("id", id)
                .param("visible", scope.ids())
                .query(ApiKeyRepository::map)
                .optional();
    }

    boolean revoke(TenantScope scope, UUID id, Instant at) {
        return jdbc.sql("UPDATE api_key SET revoked_at = :at WHERE id = :id AND tenant_id = ANY(:visible)"
                                + " AND revoked_at IS NULL")
                        .param("at", utc(at))
                        .param("id", id)
                        .param("visible", scope.ids())
                        .update()
                == 1;
    }

    /** A live (not revoked) key by the hash of its secret, with its tenant's kind. */
    Optional<KeyOwner> findLive(String keyHash) {
        return jdbc.sql("SELECT k.id, k.tenant_id, k.prefix, k.role, k.last_used_at, t.kind FROM api_key k"
                        + " JOIN tenant t ON t.id = k.tenant_id WHERE k.key_hash = :hash AND k.revoked_at IS NULL")
                .param("hash", keyHash)
                .query((rs, n) -> new KeyOwner(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        TenantKind.ofCode(rs.getString("kind")),
                        rs.getString("prefix"),
                        Role.ofCode(rs.getString("role")),
                        instant(rs, "last_used_at")))
                .optional();
    }

    /**
     * Marks the key used unless that was done less than a minute before {@code now}; true if this call marked it.
     * The condition is in the UPDATE, so of many concurrent requests exactly one wins.
     */
    boolean markUsed(UUID id, Instant now) {
        return jdbc.sql("UPDATE api_key SET last_used_at = :now WHERE id = :id"
                                + " AND (last_used_at IS NULL OR last_used_at <= :now - interval '1 minute')")
                        .param("now", utc(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The key behind a request, as authentication needs it. */
    record KeyOwner(UUID id, UUID tenantId, TenantKind tenantKind, String prefix, Role role, Instant lastUsedAt) {}

    private static ApiKey map(ResultSet rs, int n) throws SQLException {
        return new ApiKey(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("name"),
                rs.getString("prefix"),
                Role.ofCode(rs.getString("role")),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
