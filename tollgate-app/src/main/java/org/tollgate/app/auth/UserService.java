package org.tollgate.app.auth;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/** Creates and lists console users; passwords are stored as bcrypt hashes (Spring Security's delegating encoder). */
@Service
public class UserService {
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(
            Caller caller, TenantScope scope, UUID tenantId, String username, String password, Role role) {
        scope.requireVisible(tenantId, "tenant");
        return create(tenantId, username, password, role, caller.actor());
    }

    /** Creates a user without a calling user: for the bootstrap of an empty installation. */
    @Transactional
    public UserAccount createForBootstrap(UUID tenantId, String username, String password, Role role, String actor) {
        return create(tenantId, username, password, role, actor);
    }

    private UserAccount create(UUID tenantId, String username, String password, Role role, String actor) {
        if (users.usernameTaken(username)) {
            throw ApiProblem.conflict("the username " + username + " is taken");
        }
        UserAccount u = new UserAccount(
                UUID.randomUUID(),
                tenantId,
                username,
                role,
                true,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor);
        users.insert(u, passwords.encode(password));
        audit.append(new AuditEntry(
                tenantId,
                actor,
                "user.created",
                "user",
                u.id().toString(),
                Map.of("username", username, "role", role.code())));
        return u;
    }

    public List<UserAccount> list(TenantScope scope, UUID tenantId) {
        scope.requireVisible(tenantId, "tenant");
        return users.list(scope, tenantId);
    }
}
