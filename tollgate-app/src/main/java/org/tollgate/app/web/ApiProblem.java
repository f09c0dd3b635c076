package org.tollgate.app.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The service's one exception for expected failures of a request: it carries the HTTP status, a problem type, a
 * human-readable detail and, for invalid input, the fields at fault. {@link ProblemHandler} turns it into an RFC 9457
 * problem document.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    /** One invalid field (its JSON name or parameter name) and why. */
    public record FieldError(String field, String message) {}

    public ApiProblem(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 404: the resource does not exist or is outside the caller's tenant scope (the two are not told apart). */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(
                HttpStatus.NOT_FOUND, "not-found", "Not found", what + " " + id + " not found", List.of());
    }

    /** 403: authenticated but not allowed to do this. */
    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
    }

    /** 409: the request conflicts with existing data (e.g. a name already taken). */
    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict", detail, List.of());
    }

    /** 400 naming one invalid field or parameter. */
    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** 422: well-formed but cannot be processed (e.g. an Idempotency-Key reused for another request). */
    public static ApiProblem unprocessable(String type, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, type, "Unprocessable request", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem type as a URI ({@code urn:tollgate:problem:<type>}). */
    public URI type() {
        return ProblemHandler.typeUri(type);
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
