package org.tollgate.app.console;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.audit.AuditQuery;
import org.tollgate.app.audit.AuditRecord;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.auth.Role;
import org.tollgate.app.tenant.TenantKind;
import org.tollgate.app.tenant.TenantScope;

/**
 * The audit-log browser: the records of the user's tenant scope, newest first, filtered by action, subject type
 * and subject id, paged backwards; and the verification of the whole hash chain.
 *
 * <p>Unlike the API (admins and auditors), analysts may read the records of their scope here: the console's users
 * are the compliance team, and an analyst checking that a decision was recorded is the audit trail doing its job.
 * Verification stays with the provider's admins and auditors, as on the API: the chain spans every tenant.
 */
@Controller
class AuditPageController implements ConsolePage {
    private static final int PAGE = 50;

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/console/audit")
    String browse(
            TenantScope scope,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(name = "subject_type", required = false) @Nullable String subjectType,
            @RequestParam(name = "subject_id", required = false) @Nullable String subjectId,
            @RequestParam(name = "before", required = false) @Nullable Long before,
            Model model) {
        String act = clean(action, "[a-z_.]{1,80}");
        String type = clean(subjectType, "[a-z_]{1,60}");
        // ids only: record ids are UUIDs or numbers, and a name typed here would end up in a URL
        String id = clean(subjectId, "[0-9A-Fa-f-]{1,64}");
        List<AuditRecord> records = audit.find(scope, new AuditQuery(type, id, act, null, null, before, PAGE + 1));
        boolean more = records.size() > PAGE;
        List<AuditRecord> shown = more ? records.subList(0, PAGE) : records;
        model.addAttribute("records", shown);
        model.addAttribute("more", more);
        model.addAttribute(
                "nextBefore",
                shown.isEmpty() ? null : shown.get(shown.size() - 1).seq());
        model.addAttribute("action", act);
        model.addAttribute("subjectType", type);
        model.addAttribute("subjectId", id);
        model.addAttribute("page", "audit");
        return "console/audit";
    }

    @GetMapping("/console/audit/verify")
    String verify(Caller caller, TenantScope scope, Model model) {
        boolean allowed = caller.tenantKind() == TenantKind.PROVIDER
                && (caller.role() == Role.ADMIN || caller.role() == Role.AUDITOR);
        if (allowed) {
            model.addAttribute("verification", audit.verify());
        } else {
            model.addAttribute(
                    "verifyRefused",
                    "The audit chain spans every tenant: only the provider's admins and auditors verify it.");
        }
        return browse(scope, null, null, null, null, model);
    }

    private static @Nullable String clean(@Nullable String s, String pattern) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.matches(pattern) ? t : null;
    }
}
