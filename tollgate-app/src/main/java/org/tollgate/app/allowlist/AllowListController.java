package org.tollgate.app.allowlist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;

/** {@code /api/v1/allow-list}: cleared (customer, list entity) pairs, their confirmation, revocation and expiry. */
@RestController
@RequestMapping("/api/v1/allow-list")
@Tag(name = "allow-list", description = "Cleared (customer, list entity) pairs that raise no further alert")
class AllowListController {
    private final AllowListService allowList;

    AllowListController(AllowListService allowList) {
        this.allowList = allowList;
    }

    /** A pair to clear. */
    record NewEntry(
            @NotNull UUID customerId,
            @NotBlank @Size(max = 200) String entityId,
            @NotBlank @Size(max = 2000) String reason,
            @Nullable Instant expiresAt) {}

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(
            summary = "Clear a (customer, list entity) pair decided a false positive (pending a second analyst under"
                    + " the four-eyes rule)")
    ResponseEntity<AllowListEntry> create(Caller caller, TenantScope scope, @Valid @RequestBody NewEntry body) {
        AllowListEntry e =
                allowList.create(caller, scope, body.customerId(), body.entityId(), body.reason(), body.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/allow-list?customer=" + e.customerId()))
                .body(e);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Confirm a pending entry (four-eyes rule: a different analyst than the proposer)")
    AllowListEntry confirm(Caller caller, TenantScope scope, @PathVariable UUID id) {
        return allowList.confirm(caller, scope, id);
    }

    /** Why an entry is revoked. */
    record Revocation(@NotBlank @Size(max = 2000) String reason) {}

    /** A new expiry and why; {@code expires_at} is an ISO-8601 instant or date (the start of that day in UTC). */
    record ExpiryChange(
            @NotBlank @Size(max = 40) String expiresAt,
            @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(
            summary = "Revoke an entry: it clears nothing from now on (final; takes effect at once, no four-eyes"
                    + " rule, since removing a suppression only makes screening stricter); 409 if already revoked")
    AllowListEntry revoke(
            Caller caller, TenantScope scope, @PathVariable UUID id, @Valid @RequestBody Revocation body) {
        return allowList.revoke(caller, scope, id, body.reason());
    }

    @PostMapping("/{id}/expiry")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(
            summary = "Change an entry's expiry (must be in the future; 409 if revoked). Under the four-eyes rule an"
                    + " extension puts an active entry back to pending until a different analyst confirms it;"
                    + " shortening takes effect at once")
    AllowListEntry changeExpiry(
            Caller caller, TenantScope scope, @PathVariable UUID id, @Valid @RequestBody ExpiryChange body) {
        return allowList.changeExpiry(caller, scope, id, Expiry.parse("expires_at", body.expiresAt()), body.reason());
    }

    @GetMapping
    @Operation(summary = "Allow-list entries in the caller's scope; filter customer")
    List<AllowListEntry> list(TenantScope scope, @RequestParam(required = false) @Nullable UUID customer) {
        return allowList.list(scope, customer);
    }
}
