package org.tollgate.app.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for tenants. Reads take a {@link TenantScope}; only {@link #scopeOf} works from a bare tenant id. */
@Repository
public class TenantRepository {
    private static final String COLUMNS = "id, parent_id, kind, name, created_at";

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tenant> find(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE id = :id AND id = ANY(:visible)")
                .param("id", id)
                .param("visible", scope.ids())
                .query(TenantRepository::map)
                .optional();
    }

    public List<Tenant> list(TenantScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE id = ANY(:visible) ORDER BY created_at, id")
                .param("visible", scope.ids())
                .query(TenantRepository::map)
                .list();
    }

    public void insert(Tenant t) {
        jdbc.sql("INSERT INTO tenant (id, parent_id, kind, name, created_at) VALUES (:id, :parent, :kind, :name, :at)")
                .param("id", t.id())
                .param("parent", t.parentId())
                .param("kind", t.kind().code())
                .param("name", t.name())
                .param("at", OffsetDateTime.ofInstant(t.createdAt(), java.time.ZoneOffset.UTC))
                .update();
    }

    /**
     * The scope of a caller in {@code tenantId}: the tenant itself and its resellers. Read through {@link TenantScopes}
     * (which caches it) by the authentication layer, which is why it is the one method here without a scope
     * parameter.
     */
    public Optional<TenantScope> scopeOf(UUID tenantId) {
        List<Row> rows = jdbc.sql("SELECT id, parent_id, kind FROM tenant WHERE id = :t OR parent_id = :t")
                .param("t", tenantId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("parent_id", UUID.class),
                        TenantKind.ofCode(rs.getString("kind"))))
                .list();
        Set<UUID> visible = new HashSet<>();
        TenantKind kind = null;
        for (Row r : rows) {
            visible.add(r.id());
            if (r.id().equals(tenantId)) {
                kind = r.kind();
            }
        }
        return kind == null ? Optional.empty() : Optional.of(new TenantScope(tenantId, kind, visible));
    }

    /** True when no tenant exists yet (the state {@code tollgate admin bootstrap} starts from). */
    public boolean none() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM tenant)")
                .query(Boolean.class)
                .single();
    }

    private record Row(UUID id, UUID parentId, TenantKind kind) {}

    static Tenant map(ResultSet rs, int n) throws SQLException {
        return new Tenant(
                rs.getObject("id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                TenantKind.ofCode(rs.getString("kind")),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
