package org.tollgate.app.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tollgate.app.access.AccessLogService;
import org.tollgate.app.alert.Alert;
import org.tollgate.app.allowlist.AllowListService;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.audit.AuditQuery;
import org.tollgate.app.audit.AuditRecord;
import org.tollgate.app.customer.CustomerService;
import org.tollgate.app.customer.CustomerVersion;
import org.tollgate.app.customer.CustomerView;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer list and a customer's profile: identification data, versions with a diff between any two,
 * beneficial owners, screenings, risk with its reasons, IP history, alerts, allow-list entries and the audit trail.
 */
@Controller
class CustomerPagesController implements ConsolePage {
    private final ConsoleQueries queries;
    private final CustomerService customers;
    private final AccessLogService access;
    private final AllowListService allowList;
    private final AuditLog audit;
    private final JsonMapper json;

    CustomerPagesController(
            ConsoleQueries queries,
            CustomerService customers,
            AccessLogService access,
            AllowListService allowList,
            AuditLog audit,
            JsonMapper json) {
        this.queries = queries;
        this.customers = customers;
        this.access = access;
        this.allowList = allowList;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/console/customers")
    String list(TenantScope scope, @RequestParam(required = false) @Nullable String decision, Model model) {
        String d = decision != null && List.of("approve", "review", "reject").contains(decision) ? decision : null;
        model.addAttribute("rows", queries.customers(scope, d, 500));
        model.addAttribute("decision", d);
        model.addAttribute("page", "customers");
        return "console/customers";
    }

    @GetMapping("/console/customers/{id}")
    String profile(
            TenantScope scope,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to,
            Model model) {
        CustomerView c = customers.get(scope, id);
        List<CustomerVersion> versions = customers.versions(scope, id);
        model.addAttribute("c", c);
        model.addAttribute("data", c.customer());
        model.addAttribute("versions", versions);
        if (versions.size() > 1) {
            int newer = to != null && to >= 1 && to <= versions.size() ? to : versions.size();
            int older = from != null && from >= 1 && from <= versions.size() ? from : Math.max(1, newer - 1);
            if (older == newer) {
                older = Math.max(1, newer - 1);
            }
            int lo = Math.min(older, newer);
            int hi = Math.max(older, newer);
            model.addAttribute(
                    "diff",
                    VersionDiff.of(
                            lo,
                            json.valueToTree(versions.get(lo - 1).data()),
                            hi,
                            json.valueToTree(versions.get(hi - 1).data())));
        }
        model.addAttribute("screenings", queries.screenings(scope, id, 50));
        model.addAttribute("ipHistory", ipHistory(scope, id));
        model.addAttribute("allowList", allowList.list(scope, id));
        model.addAttribute("trail", trail(scope, id, c.alerts()));
        model.addAttribute("page", "customers");
        return "console/customer";
    }

    private AccessLogService.@Nullable IpHistory ipHistory(TenantScope scope, UUID id) {
        try {
            return access.history(scope, id);
        } catch (ApiProblem e) {
            // no access events yet: the page says so instead of failing
            return null;
        }
    }

    /** The customer's own records and those of its alerts, newest first. */
    private List<AuditRecord> trail(TenantScope scope, UUID id, List<Alert> alerts) {
        List<AuditRecord> out = new ArrayList<>(
                audit.find(scope, new AuditQuery("customer", id.toString(), null, null, null, null, 200)));
        for (Alert a : alerts) {
            out.addAll(audit.find(scope, new AuditQuery("alert", a.id().toString(), null, null, null, null, 50)));
        }
        out.sort(Comparator.comparingLong(AuditRecord::seq).reversed());
        return out;
    }
}
