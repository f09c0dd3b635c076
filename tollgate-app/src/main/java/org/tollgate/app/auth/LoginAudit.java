package org.tollgate.app.auth;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.audit.AuditEntry;
import org.tollgate.app.audit.AuditLog;

/** Writes console logins ({@code user.login}) and failed attempts ({@code user.login_failed}) to the audit log. */
final class LoginAudit {
    private final AuditLog audit;
    private final TransactionTemplate tx;

    LoginAudit(AuditLog audit, PlatformTransactionManager txManager) {
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
    }

    SavedRequestAwareAuthenticationSuccessHandler successHandler(String defaultTarget) {
        SavedRequestAwareAuthenticationSuccessHandler h = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication auth)
                    throws ServletException, IOException {
                if (auth.getPrincipal() instanceof ConsoleUser u) {
                    Caller c = u.caller();
                    tx.executeWithoutResult(s -> audit.append(c.audit(
                            c.tenantId(),
                            "user.login",
                            "user",
                            u.getUsername(),
                            Map.of("ip", request.getRemoteAddr()))));
                }
                super.onAuthenticationSuccess(request, response, auth);
            }
        };
        h.setDefaultTargetUrl(defaultTarget);
        return h;
    }

    SimpleUrlAuthenticationFailureHandler failureHandler(String failureUrl) {
        return new SimpleUrlAuthenticationFailureHandler(failureUrl) {
            @Override
            public void onAuthenticationFailure(
                    HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                    throws IOException, ServletException {
                String username = String.valueOf(request.getParameter("username"));
                String name = username.length() > 100 ? username.substring(0, 100) : username;
                tx.executeWithoutResult(s -> audit.append(new AuditEntry(
                        null,
                        "user:" + name,
                        "user.login_failed",
                        "user",
                        name,
                        Map.of(
                                "ip",
                                request.getRemoteAddr(),
                                "reason",
                                e.getClass().getSimpleName()))));
                super.onAuthenticationFailure(request, response, e);
            }
        };
    }
}
