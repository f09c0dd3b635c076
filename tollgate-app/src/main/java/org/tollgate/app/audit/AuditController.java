package org.tollgate.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/** {@code /api/v1/audit}: reading the audit log within the caller's scope, and checking the chain. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The hash-chained audit log")
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "Audit records in the caller's scope, newest first; page with before_seq")
    List<AuditRecord> find(
            TenantScope scope,
            @RequestParam(name = "subject_type", required = false) @Nullable String subjectType,
            @RequestParam(name = "subject_id", required = false) @Nullable String subjectId,
            @RequestParam(name = "action", required = false) @Nullable String action,
            @RequestParam(name = "from", required = false) @Nullable Instant from,
            @RequestParam(name = "to", required = false) @Nullable Instant to,
            @RequestParam(name = "before_seq", required = false) @Nullable Long beforeSeq,
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return audit.find(scope, new AuditQuery(subjectType, subjectId, action, from, to, beforeSeq, limit));
    }

    /**
     * Checks the whole chain. The chain spans every tenant, so only a provider's admins and auditors may run it.
     */
    @GetMapping("/verify")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "Verify the whole audit chain and name the first broken link (provider only)")
    ChainVerification verify(TenantScope scope) {
        if (!scope.isProvider()) {
            throw ApiProblem.forbidden("the audit chain spans all tenants: only the provider can verify it");
        }
        return audit.verify();
    }
}
