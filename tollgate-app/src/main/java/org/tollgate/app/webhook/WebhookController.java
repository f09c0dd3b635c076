package org.tollgate.app.webhook;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * {@code /api/v1/webhooks}: a tenant's endpoints (admins) and their deliveries. Creation is not idempotent on
 * purpose: replaying it would mean keeping the secret in the idempotency record.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "webhooks", description = "Signed notifications of alerts, decisions and re-screen results")
class WebhookController {
    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * A new endpoint.
     *
     * @param url where to POST (http or https)
     * @param events the event types to receive; all when empty or absent
     */
    record NewEndpoint(
            @NotBlank @Size(max = 2000) String url,
            @Nullable @Size(max = 10) List<String> events) {}

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an endpoint of the caller's tenant; the answer holds the signing secret, once")
    ResponseEntity<WebhookService.Created> create(Caller caller, @Valid @RequestBody NewEndpoint body) {
        WebhookService.Created c =
                webhooks.create(caller, body.url().strip(), body.events() == null ? List.of() : body.events());
        return ResponseEntity.created(
                        URI.create("/api/v1/webhooks/" + c.endpoint().id()))
                .body(c);
    }

    @GetMapping
    @Operation(summary = "The endpoints the caller sees (no secrets)")
    List<WebhookEndpoint> list(TenantScope scope) {
        return webhooks.list(scope);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One endpoint")
    WebhookEndpoint get(TenantScope scope, @PathVariable UUID id) {
        return webhooks.get(scope, id);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deactivate an endpoint (its deliveries stay visible)")
    ResponseEntity<Void> delete(Caller caller, TenantScope scope, @PathVariable UUID id) {
        webhooks.delete(caller, scope, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(
            summary = "An endpoint's deliveries, newest first: status (pending, delivered, failed), attempts, last"
                    + " HTTP status and error, body")
    List<WebhookDelivery> deliveries(
            TenantScope scope,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "100") int limit) {
        if (status != null && !List.of("pending", "delivered", "failed").contains(status)) {
            throw ApiProblem.invalid("status", "one of pending, delivered, failed");
        }
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.invalid("limit", "must be between 1 and 1000");
        }
        return webhooks.deliveries(scope, id, status, limit);
    }
}
