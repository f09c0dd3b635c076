package org.tollgate.app.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.alert.AlertService;
import org.tollgate.app.alert.AlertStatus;
import org.tollgate.app.allowlist.AllowListService;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.audit.AuditQuery;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.customer.CustomerService;
import org.tollgate.app.customer.CustomerView;
import org.tollgate.app.lists.ListIndex;
import org.tollgate.app.screening.HitView;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert queue ("assign to me"), the four-eyes confirmation queue, and an alert's page: the customer and the list
 * entry side by side with the matched words marked, the score breakdown, the secondary data that agrees or
 * conflicts, the entry's programs, remarks and source link, the history, and the decision buttons (each needs a
 * reason). Decisions go through {@link AlertService#decide}, which enforces the four-eyes rule.
 */
@Controller
class AlertPagesController implements ConsolePage {
    private static final int QUEUE_LIMIT = 200;

    private final ConsoleQueries queries;
    private final AlertService alerts;
    private final AlertAssignments assignments;
    private final CustomerService customers;
    private final AllowListService allowList;
    private final AuditLog audit;
    private final ListIndex lists;
    private final JsonMapper json;

    AlertPagesController(
            ConsoleQueries queries,
            AlertService alerts,
            AlertAssignments assignments,
            CustomerService customers,
            AllowListService allowList,
            AuditLog audit,
            ListIndex lists,
            JsonMapper json) {
        this.queries = queries;
        this.alerts = alerts;
        this.assignments = assignments;
        this.customers = customers;
        this.allowList = allowList;
        this.audit = audit;
        this.lists = lists;
        this.json = json;
    }

    @GetMapping("/console/alerts")
    String queue(
            Caller caller,
            TenantScope scope,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable String sort,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        ConsoleQueries.StatusFilter st = ConsoleQueries.StatusFilter.of(status);
        ConsoleQueries.AssigneeFilter who = ConsoleQueries.AssigneeFilter.of(assignee);
        ConsoleQueries.Sort order = ConsoleQueries.Sort.of(sort);
        List<String> sources = queries.alertSources(scope);
        String src = source != null && sources.contains(source) ? source : null;
        List<ConsoleQueries.QueueRow> rows = queries.queue(scope, st, src, who, caller.actor(), order, QUEUE_LIMIT);
        model.addAttribute("rows", rows);
        model.addAttribute("limit", QUEUE_LIMIT);
        model.addAttribute("status", st.code());
        model.addAttribute("statuses", ConsoleQueries.StatusFilter.values());
        model.addAttribute("source", src);
        model.addAttribute("sources", sources);
        model.addAttribute("assignee", who.code());
        model.addAttribute("sort", order.code());
        model.addAttribute("sorts", ConsoleQueries.Sort.values());
        model.addAttribute("page", "alerts");
        // htmx swaps only the table when a filter changes; a plain request, and htmx restoring a page from history
        // it no longer has, get the whole page (and caches keep the two apart)
        response.setHeader("Vary", "HX-Request");
        boolean swap =
                request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
        return swap ? "console/alerts :: results" : "console/alerts";
    }

    @PostMapping("/console/alerts/{id}/assign")
    String assign(
            Caller caller,
            TenantScope scope,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String back,
            RedirectAttributes flash) {
        try {
            boolean changed = assignments.assignToMe(caller, scope, id);
            flash.addFlashAttribute("message", changed ? "Alert assigned to you." : "The alert was already yours.");
        } catch (ApiProblem e) {
            if (e.status().value() == 404) {
                throw e;
            }
            flash.addFlashAttribute("error", e.getMessage());
        }
        if ("detail".equals(back)) {
            return "redirect:/console/alerts/" + id;
        }
        return "redirect:" + queueUrl(status, source, assignee, sort);
    }

    /** Back to the queue with the same filters, rebuilt from the parsed values (never the raw input). */
    private String queueUrl(
            @Nullable String status, @Nullable String source, @Nullable String assignee, @Nullable String sort) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/console/alerts")
                .queryParam("status", ConsoleQueries.StatusFilter.of(status).code())
                .queryParam(
                        "assignee", ConsoleQueries.AssigneeFilter.of(assignee).code())
                .queryParam("sort", ConsoleQueries.Sort.of(sort).code());
        if (source != null && source.matches("[a-z0-9_]{1,60}")) {
            b.queryParam("source", source);
        }
        return b.build().toUriString();
    }

    @GetMapping("/console/alerts/confirmations")
    String confirmations(Caller caller, TenantScope scope, Model model) {
        model.addAttribute(
                "rows",
                queries.queue(
                        scope,
                        ConsoleQueries.StatusFilter.PENDING_CONFIRMATION,
                        null,
                        ConsoleQueries.AssigneeFilter.ANY,
                        caller.actor(),
                        ConsoleQueries.Sort.OLDEST,
                        QUEUE_LIMIT));
        model.addAttribute("page", "confirmations");
        return "console/confirmations";
    }

    @GetMapping("/console/alerts/{id}")
    String detail(Caller caller, TenantScope scope, @PathVariable UUID id, Model model) {
        Alert a = alerts.get(scope, id);
        ConsoleQueries.QueueRow row = queries.queueRow(scope, id).orElseThrow(() -> ApiProblem.notFound("alert", id));
        CustomerView customer = customers.get(scope, a.customerId());
        HitView hit = hit(scope, a);
        Map<String, String> queryMatched = new LinkedHashMap<>();
        Map<String, String> listMatched = new LinkedHashMap<>();
        if (hit != null) {
            hit.explanation().alignments().forEach(al -> {
                queryMatched.putIfAbsent(al.query(), al.method());
                listMatched.putIfAbsent(al.list(), al.method());
            });
        }
        model.addAttribute("alert", a);
        model.addAttribute("row", row);
        model.addAttribute("customer", customer);
        model.addAttribute("subject", SubjectSide.of(a, customer, screenedQuery(scope, a)));
        model.addAttribute("subjectMarked", MarkedName.of(a.subjectName(), queryMatched));
        model.addAttribute("hit", hit);
        // a geo alert has no list entry: its facts (signal, address, place, times) are its evidence
        model.addAttribute(
                "entity",
                a.geo() || a.entityId() == null
                        ? null
                        : lists.inForce()
                                .index()
                                .party(a.entityId())
                                .flatMap(p -> p.entity())
                                .map(e -> EntityView.of(e, listMatched))
                                .orElse(null));
        model.addAttribute("geo", a.geo());
        model.addAttribute("evidence", a.evidence() == null ? Map.of() : a.evidence());
        model.addAttribute("history", alerts.history(scope, id));
        model.addAttribute(
                "auditTrail", audit.find(scope, new AuditQuery("alert", id.toString(), null, null, null, null, 50)));
        boolean pending = a.status() == AlertStatus.PENDING_CONFIRMATION;
        model.addAttribute("pending", pending);
        model.addAttribute("ownProposal", pending && caller.actor().equals(a.decidedBy()));
        model.addAttribute("decided", a.status() == AlertStatus.TRUE_MATCH || a.status() == AlertStatus.FALSE_POSITIVE);
        model.addAttribute(
                "allowListed",
                a.status() == AlertStatus.FALSE_POSITIVE
                        && a.entityId() != null
                        && allowList.clears(scope, a.customerId(), a.entityId()));
        model.addAttribute("page", pending ? "confirmations" : "alerts");
        return "console/alert";
    }

    @PostMapping("/console/alerts/{id}/decision")
    String decide(
            Caller caller,
            TenantScope scope,
            @PathVariable UUID id,
            @RequestParam String decision,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        AlertService.Decision d;
        switch (decision) {
            case "true_match" -> d = AlertService.Decision.TRUE_MATCH;
            case "false_positive" -> d = AlertService.Decision.FALSE_POSITIVE;
            case "escalated" -> d = AlertService.Decision.ESCALATED;
            default -> {
                flash.addFlashAttribute("error", "Unknown decision.");
                return "redirect:/console/alerts/" + id;
            }
        }
        String text = reason == null ? "" : reason.strip();
        // the console asks a reason for every decision, not only for a false positive: the file must say why
        if (text.isEmpty()) {
            flash.addFlashAttribute("error", "Give a reason for the decision.");
            return "redirect:/console/alerts/" + id;
        }
        if (text.length() > 2000) {
            flash.addFlashAttribute("error", "The reason is longer than 2,000 characters.");
            return "redirect:/console/alerts/" + id;
        }
        Alert before = alerts.get(scope, id);
        Alert after;
        try {
            after = d == AlertService.Decision.FALSE_POSITIVE
                    ? alerts.decide(caller, scope, id, d, null, text)
                    : alerts.decide(caller, scope, id, d, text, null);
        } catch (ApiProblem e) {
            if (e.status().value() == 404) {
                throw e;
            }
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/alerts/" + id;
        }
        flash.addFlashAttribute("message", message(after));
        if (after.status() == AlertStatus.FALSE_POSITIVE) {
            // the next step an analyst may want: clearing the pair so the next screening does not raise it again
            return "redirect:/console/alerts/" + id;
        }
        return before.status() == AlertStatus.PENDING_CONFIRMATION
                ? "redirect:/console/alerts/confirmations"
                : "redirect:/console/alerts";
    }

    private static String message(Alert a) {
        return switch (a.status()) {
            case FALSE_POSITIVE -> "Marked a false positive: " + a.subjectName() + " is not " + a.entityName() + ".";
            case PENDING_CONFIRMATION -> "True match proposed; a second analyst must confirm it.";
            case TRUE_MATCH -> "True match confirmed: " + a.subjectName() + " is " + a.entityName() + ".";
            case ESCALATED -> "Escalated.";
            case OPEN -> "Saved.";
            case CLOSED -> "Closed: " + (a.reason() == null ? "by the system." : a.reason() + ".");
        };
    }

    private @Nullable HitView hit(TenantScope scope, Alert a) {
        String raw = alerts.hit(scope, a);
        return raw == null ? null : json.readValue(raw, HitView.class);
    }

    private @Nullable JsonNode screenedQuery(TenantScope scope, Alert a) {
        if (a.screeningId() == null) {
            return null;
        }
        return queries.screeningQuery(scope, a.screeningId())
                .map(json::readTree)
                .orElse(null);
    }
}
