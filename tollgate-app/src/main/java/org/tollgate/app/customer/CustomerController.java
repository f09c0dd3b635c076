package org.tollgate.app.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.idempotency.Created;
import org.tollgate.app.idempotency.Idempotency;
import org.tollgate.app.risk.RiskAssessment;
import org.tollgate.app.tenant.TenantScope;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/customers}: identification data, versions, screening, decision and risk. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "customers", description = "Customers: identification, versions, decision and risk")
class CustomerController {
    private final CustomerService customers;
    private final Idempotency idempotency;

    CustomerController(CustomerService customers, Idempotency idempotency) {
        this.customers = customers;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(summary = "Create a customer: stores version 1, screens, raises alerts, decides (Idempotency-Key)")
    ResponseEntity<?> create(
            Caller caller,
            TenantScope scope,
            @RequestHeader(name = Idempotency.HEADER, required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody CustomerData body) {
        return idempotency.create(caller.tenantId(), idempotencyKey, "POST /api/v1/customers", body, () -> {
            CustomerView v = customers.create(caller, scope, body);
            return new Created<>(URI.create("/api/v1/customers/" + v.id()), v);
        });
    }

    @GetMapping
    @Operation(summary = "Customers in the caller's scope, newest first")
    List<CustomerRecord> list(TenantScope scope, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return customers.list(scope, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The customer's current version, decision, risk and alerts; 404 outside the caller's scope")
    CustomerView get(TenantScope scope, @PathVariable UUID id) {
        return customers.get(scope, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the customer's data: a new version (screened again when a screened field changed)")
    CustomerView replace(
            Caller caller, TenantScope scope, @PathVariable UUID id, @Valid @RequestBody CustomerData body) {
        return customers.replace(caller, scope, id, body);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change some fields (JSON merge patch, RFC 7396): a new version")
    CustomerView patch(Caller caller, TenantScope scope, @PathVariable UUID id, @RequestBody JsonNode body) {
        return customers.patch(caller, scope, id, body);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of the customer, oldest first")
    List<CustomerVersion> versions(TenantScope scope, @PathVariable UUID id) {
        return customers.versions(scope, id);
    }

    @GetMapping("/{id}/risk")
    @Operation(summary = "The risk assessment in force: tier, score, reasons, decision, EDD flag, policy version")
    RiskAssessment risk(TenantScope scope, @PathVariable UUID id) {
        return customers.risk(scope, id);
    }

    @PostMapping("/{id}/screen")
    @Operation(summary = "Screen the current version again (no new version); the allow-list applies")
    CustomerView rescreen(Caller caller, TenantScope scope, @PathVariable UUID id) {
        return customers.rescreen(caller, scope, id);
    }
}
