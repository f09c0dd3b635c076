package org.tollgate.app.auth;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.tollgate.app.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains, tried in order:
 *
 * <ol>
 *   <li>public: health, the OpenAPI document and Swagger UI — no authentication;
 *   <li>API ({@code /api/**}, the rest of {@code /actuator/**}): stateless, {@code Authorization: Bearer <key>},
 *       no CSRF (no cookies), 401/403 as problem documents; every request authenticated, and any method other than
 *       GET/HEAD needs a writing role (so an auditor is read-only everywhere, whatever the endpoint forgets);
 *   <li>console (everything else, {@code /console/**}): form login ({@code /login}, the console's own page) with a
 *       session and CSRF protection, logins audited; admins, analysts and auditors only (auditors read only).
 * </ol>
 *
 * Endpoints narrow further with {@code @PreAuthorize} (e.g. admin only) and with the caller's tenant scope.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * No observations of Spring Security's own filters, authentications and authorizations: wrapping each of the
     * dozen filters in an observation cost 3-5 % of an onboarding request's CPU, and what a compliance operator
     * needs of them is already there (request metrics per endpoint and status, logins in the audit log).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/api/openapi.json",
                        "/api/openapi.json/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/error")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiKeyService keys, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/**")
                        .hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .authenticated()
                        .anyRequest()
                        .hasAnyRole("ADMIN", "ANALYST", "INTEGRATION"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain console(HttpSecurity http, AuditLog audit, PlatformTransactionManager tx) throws Exception {
        LoginAudit logins = new LoginAudit(audit, tx);
        // The console is for people: the integration role (a machine's) is refused, and the read-only auditor may
        // only read (any method but GET/HEAD needs admin or analyst), as on the API.
        // Only console pages are remembered for after the login: a browser's own request (the favicon) must not
        // become where the login lands.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/console/**"));
        http.authorizeHttpRequests(
                        a -> a.requestMatchers("/console/assets/**", "/webjars/**", "/access-denied", "/favicon.ico")
                                .permitAll()
                                .requestMatchers(HttpMethod.GET, "/console", "/console/**")
                                .hasAnyRole("ADMIN", "ANALYST", "AUDITOR")
                                .requestMatchers(HttpMethod.HEAD, "/console", "/console/**")
                                .hasAnyRole("ADMIN", "ANALYST", "AUDITOR")
                                .requestMatchers("/console", "/console/**")
                                .hasAnyRole("ADMIN", "ANALYST")
                                .anyRequest()
                                .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(logins.successHandler("/console"))
                        .failureHandler(logins.failureHandler("/login?error"))
                        .permitAll())
                .exceptionHandling(e -> e.accessDeniedPage("/access-denied"))
                .requestCache(c -> c.requestCache(pages))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }
}
