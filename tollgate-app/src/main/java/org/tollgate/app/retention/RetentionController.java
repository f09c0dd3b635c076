package org.tollgate.app.retention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * Retention: the periods in force and the purge ({@code /api/v1/admin/retention}, provider admins: it spans every
 * tenant), and closing and reopening a customer's account ({@code /api/v1/customers/{id}/close}, {@code /reopen},
 * {@code /account}).
 */
@RestController
@Tag(name = "retention", description = "Retention periods, the purge, and account closing")
class RetentionController {
    private final RetentionService retention;
    private final AccountClosing closing;

    RetentionController(RetentionService retention, AccountClosing closing) {
        this.retention = retention;
        this.closing = closing;
    }

    @GetMapping("/api/v1/admin/retention")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "The retention period of each record class and the purge schedule")
    RetentionProperties policy() {
        return retention.policy();
    }

    @PostMapping("/api/v1/admin/retention/purge")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Run the retention purge now (provider admins); dry_run=true only counts")
    PurgeReport purge(
            Caller caller, TenantScope scope, @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun) {
        if (!scope.isProvider()) {
            throw ApiProblem.forbidden("only the provider's admins run the retention purge (it spans every tenant)");
        }
        return retention.purge(caller.actor(), dryRun);
    }

    /** Why an account is closed. */
    record Closing(@NotBlank @Size(max = 2000) String reason) {}

    @PostMapping("/api/v1/customers/{id}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'INTEGRATION')")
    @Operation(summary = "Close the customer's account: starts the identity records' retention period")
    AccountClosing.AccountState close(
            Caller caller, TenantScope scope, @PathVariable UUID id, @Valid @RequestBody Closing body) {
        return closing.close(caller, scope, id, body.reason());
    }

    @PostMapping("/api/v1/customers/{id}/reopen")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'INTEGRATION')")
    @Operation(summary = "Reopen a closed account (before its identity records are purged)")
    AccountClosing.AccountState reopen(Caller caller, TenantScope scope, @PathVariable UUID id) {
        return closing.reopen(caller, scope, id);
    }

    @GetMapping("/api/v1/customers/{id}/account")
    @Operation(summary = "The account's state: open or closed, last access, how long its identity records are kept")
    AccountClosing.AccountState account(TenantScope scope, @PathVariable UUID id) {
        return closing.state(scope, id);
    }
}
