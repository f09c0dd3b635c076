package org.tollgate.app.console;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tollgate.app.tenant.TenantScope;

/**
 * The dashboard: unresolved alerts by age and by list, customers by risk tier, the freshness of every list, and the
 * latest decisions.
 */
@Controller
class DashboardController implements ConsolePage {
    private final ConsoleQueries queries;
    private final ListStatus lists;
    private final Clock clock;

    DashboardController(ConsoleQueries queries, ListStatus lists, Clock clock) {
        this.queries = queries;
        this.lists = lists;
        this.clock = clock;
    }

    @GetMapping("/console")
    String dashboard(TenantScope scope, Model model) {
        var byAge = queries.unresolvedByAge(scope, clock.instant());
        model.addAttribute("byAge", byAge);
        model.addAttribute(
                "byAgeMax",
                byAge.values().stream().mapToLong(Long::longValue).max().orElse(0));
        var bySource = queries.unresolvedBySource(scope);
        model.addAttribute("bySource", bySource);
        model.addAttribute(
                "bySourceMax",
                bySource.values().stream().mapToLong(Long::longValue).max().orElse(0));
        model.addAttribute(
                "unresolved", byAge.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("pending", queries.pendingConfirmation(scope));
        var byTier = queries.customersByTier(scope);
        model.addAttribute("byTier", byTier);
        model.addAttribute(
                "byTierMax",
                byTier.values().stream().mapToLong(Long::longValue).max().orElse(0));
        model.addAttribute("lists", lists.now());
        model.addAttribute("decisions", queries.recentDecisions(scope, 10));
        model.addAttribute("page", "dashboard");
        return "console/dashboard";
    }
}
