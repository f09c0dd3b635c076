package org.tollgate.app.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.idempotency.Created;
import org.tollgate.app.idempotency.Idempotency;
import org.tollgate.app.tenant.TenantScope;

/** {@code /api/v1/tenants/{tenant}/api-keys} and {@code /users}: who can call the API and log in, per tenant. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
@Tag(name = "access", description = "API keys and console users of a tenant")
class AccessController {
    private final ApiKeyService keys;
    private final UserService users;
    private final Idempotency idempotency;

    AccessController(ApiKeyService keys, UserService users, Idempotency idempotency) {
        this.keys = keys;
        this.users = users;
        this.idempotency = idempotency;
    }

    /** A new API key. */
    record NewKey(
            @NotBlank @Size(max = 200) String name, @NotNull Role role) {}

    /** A new console user. */
    record NewUser(
            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
            String username,

            @NotNull @Size(min = 12, max = 200) String password,
            @NotNull Role role) {}

    /** A created key: its description and the secret, shown only in this response. */
    record CreatedKey(ApiKey apiKey, String key) {}

    /**
     * Not idempotent on purpose: the response holds the secret, and an Idempotency-Key would have to store it to
     * replay it. A client that lost the response revokes the key and creates another.
     */
    @PostMapping("/api-keys")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an API key; the response holds the key, shown only this once")
    ResponseEntity<CreatedKey> createKey(
            Caller caller, TenantScope scope, @PathVariable UUID tenantId, @Valid @RequestBody NewKey body) {
        NewApiKey k = keys.create(caller, scope, tenantId, body.name(), body.role());
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenantId + "/api-keys/"
                        + k.apiKey().id()))
                .body(new CreatedKey(k.apiKey(), k.key()));
    }

    @GetMapping("/api-keys")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "The tenant's API keys (without secrets)")
    List<ApiKey> listKeys(TenantScope scope, @PathVariable UUID tenantId) {
        return keys.list(scope, tenantId);
    }

    @DeleteMapping("/api-keys/{keyId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Revoke an API key")
    ResponseEntity<Void> revokeKey(
            Caller caller, TenantScope scope, @PathVariable UUID tenantId, @PathVariable UUID keyId) {
        scope.requireVisible(tenantId, "tenant");
        keys.revoke(caller, scope, keyId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a console user")
    ResponseEntity<?> createUser(
            Caller caller,
            TenantScope scope,
            @PathVariable UUID tenantId,
            @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody NewUser body) {
        scope.requireVisible(tenantId, "tenant");
        return idempotency.create(
                caller.tenantId(), idempotencyKey, "POST /api/v1/tenants/" + tenantId + "/users", body, () -> {
                    UserAccount u =
                            users.create(caller, scope, tenantId, body.username(), body.password(), body.role());
                    return new Created<>(URI.create("/api/v1/tenants/" + tenantId + "/users/" + u.id()), u);
                });
    }

    @GetMapping("/users")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "The tenant's console users")
    List<UserAccount> listUsers(TenantScope scope, @PathVariable UUID tenantId) {
        return users.list(scope, tenantId);
    }
}
