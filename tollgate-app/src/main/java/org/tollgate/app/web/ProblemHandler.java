package org.tollgate.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error of the REST API as an RFC 9457 problem document ({@code application/problem+json}). Invalid input
 * names each field at fault in an {@code errors} array of {@code {"field", "message"}}, with the field's JSON name
 * ({@code birth_date}, {@code addresses[0].country}) or the parameter's name.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

    static URI typeUri(String type) {
        return URI.create("urn:tollgate:problem:" + type);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        pd.setType(e.type());
        pd.setTitle(e.title());
        if (!e.errors().isEmpty()) {
            pd.setProperty("errors", e.errors());
        }
        return ResponseEntity.status(e.status()).body(pd);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return apiProblem(ApiProblem.forbidden("your role does not allow this"));
    }

    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(org.springframework.security.core.AuthenticationException e) {
        return apiProblem(new ApiProblem(
                HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "authentication is required", List.of()));
    }

    /** Anything unexpected: logged with its stack trace, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return apiProblem(new ApiProblem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "an unexpected error occurred; it has been logged",
                List.of()));
    }

    /** A unique constraint the service did not check first (e.g. two concurrent creates of the same name). */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return apiProblem(ApiProblem.conflict("a resource with these unique values already exists"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(f -> errors.add(new ApiProblem.FieldError(jsonName(f.getField()), message(f))));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(
                        new ApiProblem.FieldError(g.getObjectName(), String.valueOf(g.getDefaultMessage()))));
        return invalid(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult r : ex.getParameterValidationResults()) {
            String name = r.getMethodParameter().getParameterName();
            var requestParam = r.getMethodParameter()
                    .getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
            if (requestParam != null && !requestParam.value().isEmpty()) {
                name = requestParam.value();
            }
            for (var err : r.getResolvableErrors()) {
                errors.add(new ApiProblem.FieldError(String.valueOf(name), String.valueOf(err.getDefaultMessage())));
            }
        }
        return invalid(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof JacksonException je && !je.getPath().isEmpty()) {
            String field = path(je.getPath());
            return invalid(List.of(new ApiProblem.FieldError(field, "has an invalid value or type")));
        }
        String why = cause instanceof JacksonException ? "the body is not valid JSON" : "a JSON body is required";
        return invalid(List.of(new ApiProblem.FieldError("body", why)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String type =
                ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        return invalid(List.of(new ApiProblem.FieldError(String.valueOf(name), "must be a valid " + type)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return invalid(List.of(new ApiProblem.FieldError(ex.getParameterName(), "is required")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException m) {
            return invalid(List.of(new ApiProblem.FieldError(m.getHeaderName(), "header is required")));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    private static ResponseEntity<Object> invalid(List<ApiProblem.FieldError> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid");
        pd.setType(typeUri("invalid-request"));
        pd.setTitle("Invalid request");
        pd.setProperty("errors", List.copyOf(errors));
        return ResponseEntity.badRequest().body(pd);
    }

    private static String message(org.springframework.validation.FieldError f) {
        return f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage();
    }

    private static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** The JSON name of a bean property path: {@code addresses[0].postalCode} -> {@code addresses[0].postal_code}. */
    static String jsonName(String propertyPath) {
        StringBuilder sb = new StringBuilder(propertyPath.length() + 8);
        for (int i = 0; i < propertyPath.length(); i++) {
            char c = propertyPath.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** For writers outside Spring MVC (the security filters): the same problem shape as a plain map. */
    public static Map<String, Object> problem(HttpStatus status, String type, String detail, String instance) {
        return Map.of(
                "type", typeUri(type).toString(),
                "title", status.getReasonPhrase(),
                "status", status.value(),
                "detail", detail,
                "instance", instance);
    }
}
