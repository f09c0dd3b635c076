package org.tollgate.app.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.tollgate.app.web.ProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as problem documents, written by the security filters before any controller runs. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tollgate\"");
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "send an API key as 'Authorization: Bearer <key>'"
                : "the API key is unknown or revoked";
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", detail, request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this", request);
    }

    private void write(
            HttpServletResponse response, HttpStatus status, String type, String detail, HttpServletRequest request)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(
                response.getOutputStream(), ProblemHandler.problem(status, type, detail, request.getRequestURI()));
    }
}
