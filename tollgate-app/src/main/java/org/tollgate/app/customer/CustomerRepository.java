package org.tollgate.app.customer;

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
import org.tollgate.app.tenant.TenantScope;
import tools.jackson.databind.json.JsonMapper;

/** SQL for customers and their versions; every read takes a {@link TenantScope}. */
@Repository
public class CustomerRepository {
    private static final String COLUMNS = "id, tenant_id, type, current_version, created_at, created_by, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CustomerRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CustomerRecord> find(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer WHERE id = :id AND tenant_id = ANY(:visible)")
                .param("id", id)
                .param("visible", scope.ids())
                .query(CustomerRepository::map)
                .optional();
    }

    /** Reads and locks the customer row, so concurrent changes make versions one after the other. */
    Optional<CustomerRecord> lock(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer WHERE id = :id AND tenant_id = ANY(:visible) FOR UPDATE")
                .param("id", id)
                .param("visible", scope.ids())
                .query(CustomerRepository::map)
                .optional();
    }

    List<CustomerRecord> list(TenantScope scope, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer WHERE tenant_id = ANY(:visible)"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("visible", scope.ids())
                .param("limit", limit)
                .query(CustomerRepository::map)
                .list();
    }

    public Optional<CustomerVersion> version(TenantScope scope, UUID id, int version) {
        return jdbc.sql("SELECT customer_id, version, data::text AS data, derived::text AS derived, screened_hash,"
                        + " created_at, created_by FROM customer_version"
                        + " WHERE customer_id = :id AND version = :v AND tenant_id = ANY(:visible)")
                .param("id", id)
                .param("v", version)
                .param("visible", scope.ids())
                .query(this::mapVersion)
                .optional();
    }

    List<CustomerVersion> versions(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT customer_id, version, data::text AS data, derived::text AS derived, screened_hash,"
                        + " created_at, created_by FROM customer_version"
                        + " WHERE customer_id = :id AND tenant_id = ANY(:visible) ORDER BY version")
                .param("id", id)
                .param("visible", scope.ids())
                .query(this::mapVersion)
                .list();
    }

    void insert(CustomerRecord c) {
        jdbc.sql("INSERT INTO customer (" + COLUMNS + ") VALUES (:id, :tenant, :type, :version, :at, :by, :at)")
                .param("id", c.id())
                .param("tenant", c.tenantId())
                .param("type", c.type().code())
                .param("version", c.currentVersion())
                .param("at", ts(c.createdAt()))
                .param("by", c.createdBy())
                .update();
    }

    void insertVersion(UUID tenantId, CustomerVersion v) {
        jdbc.sql("INSERT INTO customer_version (customer_id, version, tenant_id, data, derived, screened_hash,"
                        + " created_at, created_by) VALUES (:id, :v, :tenant, CAST(:data AS jsonb),"
                        + " CAST(:derived AS jsonb), :hash, :at, :by)")
                .param("id", v.customerId())
                .param("v", v.version())
                .param("tenant", tenantId)
                .param("data", json.writeValueAsString(v.data()))
                .param("derived", json.writeValueAsString(v.derived()))
                .param("hash", v.screenedHash())
                .param("at", ts(v.createdAt()))
                .param("by", v.createdBy())
                .update();
    }

    void setCurrent(UUID tenantId, UUID id, int version, Instant at) {
        jdbc.sql("UPDATE customer SET current_version = :v, updated_at = :at WHERE id = :id AND tenant_id = :tenant")
                .param("v", version)
                .param("at", ts(at))
                .param("id", id)
                .param("tenant", tenantId)
                .update();
    }

    private CustomerVersion mapVersion(ResultSet rs, int n) throws SQLException {
        return new CustomerVersion(
                rs.getObject("customer_id", UUID.class),
                rs.getInt("version"),
                json.readValue(rs.getString("data"), CustomerData.class),
                json.readValue(rs.getString("derived"), Derived.class),
                rs.getString("screened_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"));
    }

    private static OffsetDateTime ts(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static CustomerRecord map(ResultSet rs, int n) throws SQLException {
        return new CustomerRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                CustomerType.ofCode(rs.getString("type")),
                rs.getInt("current_version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
