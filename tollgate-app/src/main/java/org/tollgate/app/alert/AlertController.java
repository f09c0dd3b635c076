package org.tollgate.app.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/alerts}: potential matches for analysts to decide. */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts", description = "Potential list matches and their decisions")
class AlertController {
    private final AlertService alerts;
    private final JsonMapper json;

    AlertController(AlertService alerts, JsonMapper json) {
        this.alerts = alerts;
        this.json = json;
    }

    /** An alert with the hit that raised it (explanation included) and its history. */
    record AlertDetail(Alert alert, @Nullable JsonNode hit, List<AlertRepository.Action> history) {}

    /**
     * A decision.
     *
     * @param decision true_match (proposes, or with four-eyes confirms another analyst's proposal),
     *     false_positive (needs a reason) or escalated
     * @param note free text for the file
     * @param reason why it is a false positive
     */
    record DecisionRequest(
            @NotNull AlertService.Decision decision,
            @Nullable @Size(max = 4000) String note,
            @Nullable @Size(max = 2000) String reason) {}

    @GetMapping
    @Operation(
            summary = "Alerts in the caller's scope, newest first; filters status, customer and kind (screening, geo)")
    List<Alert> list(
            TenantScope scope,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable UUID customer,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        AlertStatus st = null;
        if (status != null) {
            try {
                st = AlertStatus.ofCode(status.strip());
            } catch (IllegalArgumentException e) {
                throw org.tollgate.app.web.ApiProblem.invalid(
                        "status", "one of open, pending_confirmation, true_match, false_positive, escalated");
            }
        }
        String k = kind == null ? null : kind.strip();
        if (k != null && !k.equals(Alert.SCREENING) && !k.equals(Alert.GEO)) {
            throw org.tollgate.app.web.ApiProblem.invalid(
                    "kind", "one of " + Alert.SCREENING + " (a list match), " + Alert.GEO + " (an access-log finding)");
        }
        return alerts.list(scope, st, customer, k, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert with its hit, explanation and history")
    AlertDetail get(TenantScope scope, @PathVariable UUID id) {
        Alert a = alerts.get(scope, id);
        String hit = alerts.hit(scope, a);
        return new AlertDetail(a, hit == null ? null : json.readTree(hit), alerts.history(scope, id));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Decide an alert: true_match, false_positive (with a reason) or escalated")
    Alert decide(Caller caller, TenantScope scope, @PathVariable UUID id, @Valid @RequestBody DecisionRequest body) {
        return alerts.decide(caller, scope, id, body.decision(), body.note(), body.reason());
    }
}
