package org.tollgate.app.auth;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.app.tenant.TenantScopes;
import org.tollgate.app.web.ApiProblem;

/**
 * Supplies controller parameters of type {@link Caller} and {@link TenantScope} from the authenticated request. The
 * scope is read from the database once per request (a provider's resellers may change while a session lasts).
 */
@Component
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {
    private static final String SCOPE_ATTRIBUTE = TenantScope.class.getName();

    private final TenantScopes tenants;

    CallerArgumentResolver(TenantScopes tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Caller.class || type == TenantScope.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Caller caller = current();
        if (parameter.getParameterType() == Caller.class) {
            return caller;
        }
        Object cached = request.getAttribute(SCOPE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof TenantScope scope) {
            return scope;
        }
        TenantScope scope = tenants.scopeOf(caller.tenantId())
                .orElseThrow(() -> ApiProblem.forbidden("the caller's tenant no longer exists"));
        request.setAttribute(SCOPE_ATTRIBUTE, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    /** The caller of the current request; fails if the request is not authenticated as a user or API key. */
    static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Caller c) {
            return c;
        }
        if (auth != null && auth.getPrincipal() instanceof ConsoleUser u) {
            return u.caller();
        }
        throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                "no authenticated caller");
    }
}
