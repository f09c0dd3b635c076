package org.tollgate.app.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.alert.AlertService;
import org.tollgate.app.allowlist.AllowListEntry;
import org.tollgate.app.allowlist.AllowListService;
import org.tollgate.app.allowlist.Expiry;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * The allow-list: every cleared (customer, list entry) pair with its reason, expiry and whether it was re-opened or
 * revoked; clearing a pair from an alert decided a false positive (through {@link AllowListService#create}),
 * confirming, revoking and changing the expiry of an entry. Auditors see no forms, and the security configuration
 * refuses their posts anyway (every console method other than GET needs an admin or analyst).
 */
@Controller
class AllowListPageController implements ConsolePage {
    private final AllowListService allowList;
    private final AlertService alerts;
    private final ConsoleQueries queries;

    AllowListPageController(AllowListService allowList, AlertService alerts, ConsoleQueries queries) {
        this.allowList = allowList;
        this.alerts = alerts;
        this.queries = queries;
    }

    @GetMapping("/console/allow-list")
    String list(TenantScope scope, Model model) {
        List<AllowListEntry> entries = allowList.list(scope, null);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "names",
                queries.customerNames(
                        scope, entries.stream().map(AllowListEntry::customerId).toList()));
        model.addAttribute("page", "allow-list");
        return "console/allow-list";
    }

    /** Clears the pair of an alert (named by the alert's id, so no personal data travels in the form either). */
    @PostMapping("/console/allow-list")
    String create(
            Caller caller,
            TenantScope scope,
            @RequestParam UUID alert,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String expires,
            RedirectAttributes flash) {
        Alert a = alerts.get(scope, alert);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 2000) {
            flash.addFlashAttribute("error", "Give a reason (up to 2,000 characters) for clearing the pair.");
            return "redirect:/console/alerts/" + alert;
        }
        Instant until = null;
        if (expires != null && !expires.isBlank()) {
            try {
                until = LocalDate.parse(expires.strip())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException e) {
                flash.addFlashAttribute("error", "The expiry is not a date (YYYY-MM-DD).");
                return "redirect:/console/alerts/" + alert;
            }
        }
        AllowListEntry created;
        try {
            created = allowList.create(caller, scope, a.customerId(), a.entityId(), text, until);
        } catch (ApiProblem e) {
            if (e.status().value() == 404) {
                throw e;
            }
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/alerts/" + alert;
        }
        flash.addFlashAttribute(
                "message",
                "pending".equals(created.status())
                        ? "Proposed for the allow-list: it clears nothing until a second analyst confirms it."
                        : "Cleared: later screenings raise no alert for this pair.");
        return "redirect:/console/allow-list";
    }

    /** A second analyst confirms a pending entry (the four-eyes rule; the proposer's own confirmation is refused). */
    @PostMapping("/console/allow-list/{id}/confirm")
    String confirm(Caller caller, TenantScope scope, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            allowList.confirm(caller, scope, id);
        } catch (ApiProblem e) {
            if (e.status().value() == 404) {
                throw e;
            }
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/allow-list";
        }
        flash.addFlashAttribute("message", "Confirmed: later screenings raise no alert for this pair.");
        return "redirect:/console/allow-list";
    }

    /** Revokes an entry at once (no second analyst: it only makes screening stricter). */
    @PostMapping("/console/allow-list/{id}/revoke")
    String revoke(
            Caller caller,
            TenantScope scope,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        try {
            allowList.revoke(caller, scope, id, reason == null ? "" : reason);
        } catch (ApiProblem e) {
            return refused(e, flash);
        }
        flash.addFlashAttribute("message", "Revoked: the next screening raises an alert for this pair again.");
        return "redirect:/console/allow-list";
    }

    /** Changes an entry's expiry; an extension waits for a second analyst under the four-eyes rule. */
    @PostMapping("/console/allow-list/{id}/expiry")
    String changeExpiry(
            Caller caller,
            TenantScope scope,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String expires,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        AllowListEntry changed;
        try {
            if (expires == null || expires.isBlank()) {
                throw ApiProblem.invalid("expires_at", "give the new expiry date");
            }
            changed = allowList.changeExpiry(
                    caller, scope, id, Expiry.parse("expires_at", expires), reason == null ? "" : reason);
        } catch (ApiProblem e) {
            return refused(e, flash);
        }
        flash.addFlashAttribute(
                "message",
                "pending".equals(changed.status())
                        ? "Expiry extended: the entry clears nothing until a second analyst confirms it."
                        : "Expiry changed.");
        return "redirect:/console/allow-list";
    }

    /** A refused change back on the page as a message; an entry outside the scope stays a 404 page. */
    private static String refused(ApiProblem e, RedirectAttributes flash) {
        if (e.status().value() == 404) {
            throw e;
        }
        flash.addFlashAttribute("error", e.getMessage());
        return "redirect:/console/allow-list";
    }
}
