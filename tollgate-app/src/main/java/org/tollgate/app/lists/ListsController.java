package org.tollgate.app.lists;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import org.tollgate.lists.snapshot.SnapshotInfo;
import org.tollgate.screening.ScreeningEngine;

/** {@code /api/v1/lists}: which lists are in force, how old they are and how their last update went. */
@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "lists", description = "The restricted-party lists in force")
class ListsController {
    private final ListIndex index;
    private final ListUpdateRepository updates;
    private final ListRefresh refresh;
    private final Clock clock;

    ListsController(ListIndex index, ListUpdateRepository updates, ListRefresh refresh, Clock clock) {
        this.index = index;
        this.updates = updates;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** The lists in force. */
    record Status(String engineVersion, Instant indexBuiltAt, int parties, int names, List<SourceStatus> sources) {}

    /** One source. */
    record SourceStatus(
            String source,
            @Nullable String sha256,
            @Nullable Integer entityCount,
            @Nullable Instant fetchedAt,
            @Nullable LocalDate publishedAt,
            @Nullable String origin,
            @Nullable Long ageSeconds,
            boolean inForce,
            @Nullable ListUpdateRecord lastUpdate) {}

    @GetMapping
    @Operation(summary = "Sources, snapshot hashes in force, entity counts, ages and the last update of each")
    Status status(TenantScope scope) {
        ListIndex.InForce now = index.inForce();
        Map<String, ListUpdateRecord> last = updates.lastBySource();
        List<SourceStatus> out = new ArrayList<>();
        Instant t = clock.instant();
        for (String source : now.snapshots().keySet().stream().sorted().toList()) {
            SnapshotInfo i = now.snapshots().get(source);
            out.add(new SourceStatus(
                    source,
                    i.sha256(),
                    i.entityCount(),
                    i.fetchedAt(),
                    i.publishedAt().orElse(null),
                    i.origin(),
                    Duration.between(i.fetchedAt(), t).toSeconds(),
                    true,
                    last.get(source)));
        }
        last.forEach((source, r) -> {
            if (!now.snapshots().containsKey(source)) {
                out.add(new SourceStatus(source, null, null, null, null, null, null, false, r));
            }
        });
        return new Status(
                ScreeningEngine.VERSION,
                now.builtAt(),
                now.index().partyCount(),
                now.index().nameCount(),
                out);
    }

    @PostMapping("/refresh")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Run a list refresh now (provider admins); answers with each source's update result")
    List<ListUpdateRecord> refresh(TenantScope scope) {
        if (!scope.isProvider()) {
            throw ApiProblem.forbidden("only the provider's admins refresh the lists");
        }
        return refresh.refresh();
    }
}
