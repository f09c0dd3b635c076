package org.tollgate.app.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.idempotency.Idempotency;
import org.tollgate.app.tenant.TenantScope;

/** The account access log, the gateway check and the customers' IP history. */
@RestController
@Tag(name = "access", description = "Account access log, IP geolocation screening, gateway check")
class AccessLogController {
    private final AccessLogService log;
    private final AccessCheckService checks;
    private final Idempotency idempotency;

    AccessLogController(AccessLogService log, AccessCheckService checks, Idempotency idempotency) {
        this.log = log;
        this.checks = checks;
        this.idempotency = idempotency;
    }

    /** A batch of access events. */
    record AccessBatch(
            @NotNull @Size(max = AccessLogService.MAX_BATCH) List<@Nullable AccessEventInput> events) {}

    /** A gateway's question. */
    record AccessCheck(@Nullable String ip, @Nullable UUID customerId) {}

    @PostMapping("/api/v1/access-events")
    @Operation(
            summary = "Store a batch of up to 10,000 access events of the caller's tenant",
            description = "Valid events are stored and geo-screened; invalid ones are not stored and are listed in"
                    + " `rejected` with their index and fields (`events[17].ip`). 200 whenever the batch itself is"
                    + " well-formed. With an `Idempotency-Key` header a retried batch (same key, same body) answers"
                    + " the first answer again and stores nothing twice.")
    ResponseEntity<?> ingest(
            Caller caller,
            TenantScope scope,
            @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody AccessBatch body) {
        // a gateway that retries a batch after a timeout must not store its events twice (counts feed the risk)
        return idempotency.once(
                caller.tenantId(),
                idempotencyKey,
                "POST /api/v1/access-events",
                body,
                () -> log.ingest(caller, scope, body.events()));
    }

    @PostMapping("/api/v1/access-check")
    @Operation(
            summary = "Gateway check of one address: allow, challenge or block, with reasons",
            description = "In memory only: nothing is written per call.")
    AccessCheckResult check(Caller caller, @RequestBody AccessCheck body) {
        return checks.check(caller, body.ip(), body.customerId());
    }

    @GetMapping("/api/v1/customers/{id}/ip-history")
    @Operation(summary = "A customer's IP history: countries with first and last seen, counts, flags, signals")
    AccessLogService.IpHistory history(TenantScope scope, @PathVariable UUID id) {
        return log.history(scope, id);
    }
}
