package org.tollgate.app.rescreen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/** {@code /api/v1/rescreen}: re-screening runs (list updates, full re-screens) and starting a full one. */
@RestController
@RequestMapping("/api/v1/rescreen")
@Tag(name = "rescreen", description = "Continuous re-screening of the customers")
class RescreenController {
    private final RescreenService service;

    RescreenController(RescreenService service) {
        this.service = service;
    }

    @GetMapping("/runs")
    @Operation(
            summary = "Runs, newest first: trigger, snapshot hashes before and after, counts, duration, errors;"
                    + " a reseller sees its own customers' counts")
    List<RescreenRun> runs(TenantScope scope, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.invalid("limit", "must be between 1 and 1000");
        }
        return service.list(scope, limit);
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run")
    RescreenRun run(TenantScope scope, @PathVariable long id) {
        return service.get(scope, id);
    }

    @PostMapping("/full")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a full re-screen of every customer now (provider admins); answers the run")
    RescreenRun full(Caller caller, TenantScope scope) {
        return service.requestFull(caller, scope);
    }
}
