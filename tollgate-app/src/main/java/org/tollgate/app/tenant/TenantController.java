package org.tollgate.app.tenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.auth.Role;
import org.tollgate.app.idempotency.Created;
import org.tollgate.app.idempotency.Idempotency;

/** {@code /api/v1/tenants}: who am I, the tenants I see, new resellers. */
@RestController
@RequestMapping("/api/v1/tenants")
@Tag(name = "tenants", description = "The provider and its resellers")
class TenantController {
    private final TenantService tenants;
    private final Idempotency idempotency;

    TenantController(TenantService tenants, Idempotency idempotency) {
        this.tenants = tenants;
        this.idempotency = idempotency;
    }

    /** The caller: its tenant, role, name in the audit log and the tenants it can see. */
    record Me(Tenant tenant, String actor, Role role, List<UUID> visibleTenantIds) {}

    /** A new reseller. */
    record NewTenant(@NotBlank @Size(max = 200) String name) {}

    @GetMapping("/me")
    @Operation(summary = "The calling user or API key, its tenant and scope")
    Me me(Caller caller, TenantScope scope) {
        return new Me(
                tenants.get(scope, caller.tenantId()),
                caller.actor(),
                caller.role(),
                scope.visible().stream().sorted().toList());
    }

    @GetMapping
    @Operation(summary = "The tenants visible to the caller (a provider sees its resellers)")
    List<Tenant> list(TenantScope scope) {
        return tenants.list(scope);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tenant; 404 when it is outside the caller's scope")
    Tenant get(TenantScope scope, @PathVariable UUID id) {
        return tenants.get(scope, id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a reseller under the caller's provider tenant (provider admins only)")
    ResponseEntity<?> create(
            Caller caller,
            TenantScope scope,
            @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody NewTenant body) {
        return idempotency.create(caller.tenantId(), idempotencyKey, "POST /api/v1/tenants", body, () -> {
            Tenant t = tenants.createReseller(scope, caller.actor(), body.name());
            return new Created<>(URI.create("/api/v1/tenants/" + t.id()), t);
        });
    }
}
