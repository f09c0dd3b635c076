package org.tollgate.app.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.tenant.TenantRepository;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.web.ApiProblem;

/**
 * For every console page: the signed-in user in the model ({@code me}), and errors rendered as a page with the
 * right status. A record outside the user's tenant scope is a plain 404 page, as on the API: nothing tells an
 * analyst that another tenant's id exists.
 */
@ControllerAdvice(assignableTypes = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConsoleAdvice.class);

    private final TenantRepository tenants;

    ConsoleAdvice(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @ModelAttribute("me")
    Me me(Caller caller, TenantScope scope) {
        String name = tenants.find(scope, caller.tenantId())
                .map(org.tollgate.app.tenant.Tenant::name)
                .orElse("?");
        return Me.of(caller, name);
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem e, Caller caller, TenantScope scope, HttpServletResponse response) {
        return error(me(caller, scope), response, e.status().value(), e.title(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badId(
            MethodArgumentTypeMismatchException e, Caller caller, TenantScope scope, HttpServletResponse response) {
        // a malformed id names nothing there is: the same page as an unknown one
        return error(me(caller, scope), response, 404, "Not found", "There is no such record.");
    }

    /**
     * Anything else a page throws: logged with its stack trace under a short incident id, shown as the console's
     * error page with that id and no internals. Security exceptions go on to Spring Security (login, 403 page); the
     * framework's own errors (a wrong method, a missing parameter) keep their status.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, Caller caller, TenantScope scope, HttpServletResponse response)
            throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        if (e instanceof org.springframework.web.ErrorResponse framework
                && framework.getStatusCode().value() < 500) {
            int status = framework.getStatusCode().value();
            return error(me(caller, scope), response, status, "Request not understood", "The page cannot do that.");
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("Console page failed, incident {}", incident, e);
        return error(
                me(caller, scope),
                response,
                500,
                "Something went wrong",
                "The page could not be shown. If it happens again, give an administrator the incident number "
                        + incident + " (it is in the service's log).");
    }

    private static ModelAndView error(Me me, HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("console/error");
        // exception handlers get a fresh model: the page header needs the user again
        mav.addObject("me", me);
        mav.addObject("status", status);
        mav.addObject("title", title);
        mav.addObject("detail", detail);
        mav.setStatus(org.springframework.http.HttpStatus.valueOf(status));
        return mav;
    }
}
