package org.tollgate.app.bootstrap;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.ApiKeyService;
import org.tollgate.app.auth.NewApiKey;
import org.tollgate.app.auth.Role;
import org.tollgate.app.auth.UserService;
import org.tollgate.app.tenant.Tenant;
import org.tollgate.app.tenant.TenantRepository;
import org.tollgate.app.tenant.TenantService;

/**
 * The first start of an installation: on an empty database, creates the provider tenant, its first admin user and
 * an admin API key ({@code tollgate admin bootstrap}). Refuses once any tenant exists.
 */
@Service
public class Bootstrap {
    /** The audit log's actor for everything created here. */
    public static final String ACTOR = "system:bootstrap";

    private final TenantRepository tenantRepository;
    private final TenantService tenants;
    private final UserService users;
    private final ApiKeyService keys;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    Bootstrap(
            TenantRepository tenantRepository,
            TenantService tenants,
            UserService users,
            ApiKeyService keys,
            AuditLog audit,
            JdbcClient jdbc) {
        this.tenantRepository = tenantRepository;
        this.tenants = tenants;
        this.users = users;
        this.keys = keys;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * What the bootstrap created; the password (when generated) and the key are shown once and stored only hashed.
     *
     * @param provider the provider tenant
     * @param username the admin's login name
     * @param password the admin's password
     * @param apiKey the admin API key
     */
    public record Result(Tenant provider, String username, String password, NewApiKey apiKey) {}

    /**
     * Creates the provider, admin and key.
     *
     * @param password the admin's password, or null to generate one
     * @throws IllegalStateException if the database already has tenants
     */
    @Transactional
    public Result run(String providerName, String username, @Nullable String password) {
        // one bootstrap at a time: a second concurrent one waits here and then sees the first one's tenant
        jdbc.sql("LOCK TABLE tenant IN SHARE ROW EXCLUSIVE MODE").update();
        if (!tenantRepository.none()) {
            throw new IllegalStateException("this installation is already set up (tenants exist)");
        }
        String pw = password != null ? password : generatePassword();
        Tenant provider = tenants.createProvider(ACTOR, providerName);
        users.createForBootstrap(provider.id(), username, pw, Role.ADMIN, ACTOR);
        NewApiKey key = keys.createForBootstrap(provider.id(), "bootstrap admin key", Role.ADMIN, ACTOR);
        audit.append(new AuditEntry(
                provider.id(),
                ACTOR,
                "installation.bootstrapped",
                "tenant",
                provider.id().toString(),
                Map.of("admin", username)));
        return new Result(provider, username, pw, key);
    }

    private static String generatePassword() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
