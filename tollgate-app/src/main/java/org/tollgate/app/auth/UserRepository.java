package org.tollgate.app.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tollgate.app.tenant.TenantKind;
import org.tollgate.app.tenant.TenantScope;

/** SQL for console users. Lists take a {@link TenantScope}; login looks a user up by name. */
@Repository
class UserRepository {
    private static final String COLUMNS = "id, tenant_id, username, role, enabled, created_at, created_by";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UserAccount u, String passwordHash) {
        jdbc.sql("INSERT INTO app_user (id, tenant_id, username, password_hash, role, enabled, created_at, created_by)"
                        + " VALUES (:id, :tenant, :username, :hash, :role, :enabled, :at, :by)")
                .param("id", u.id())
                .param("tenant", u.tenantId())
                .param("username", u.username())
                .param("hash", passwordHash)
                .param("role", u.role().code())
                .param("enabled", u.enabled())
                .param("at", ApiKeyRepository.utc(u.createdAt()))
                .param("by", u.createdBy())
                .update();
    }

    List<UserAccount> list(TenantScope scope, UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE tenant_id = :tenant AND tenant_id = ANY(:visible)"
                        + " ORDER BY username")
                .param("tenant", tenantId)
                .param("visible", scope.ids())
                .query(UserRepository::map)
                .list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    /** A user by login name with what authentication needs. */
    Optional<Login> findLogin(String username) {
        return jdbc.sql("SELECT u.id, u.tenant_id, u.username, u.password_hash, u.role, u.enabled, t.kind"
                        + " FROM app_user u JOIN tenant t ON t.id = u.tenant_id WHERE lower(u.username) = lower(:u)")
                .param("u", username)
                .query((rs, n) -> new Login(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        TenantKind.ofCode(rs.getString("kind")),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.ofCode(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** A user as the login needs it. */
    record Login(
            UUID id,
            UUID tenantId,
            TenantKind tenantKind,
            String username,
            String passwordHash,
            Role role,
            boolean enabled) {}

    private static UserAccount map(ResultSet rs, int n) throws SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("username"),
                Role.ofCode(rs.getString("role")),
                rs.getBoolean("enabled"),
                ApiKeyRepository.instant(rs, "created_at"),
                rs.getString("created_by"));
    }
}
