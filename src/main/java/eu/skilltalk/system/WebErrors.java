package eu.skilltalk.system;

import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Precise 4xx answers for machines, as RFC 9457 problem details: which field is wrong and why, never a
 * stack trace. Spring's defaults say only "Validation failure".
 */
@RestControllerAdvice
class WebErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail(ex.getBindingResult().getFieldErrors().stream()
                .map(e -> e.getField() + ": " + e.getDefaultMessage()).sorted().collect(Collectors.joining("; ")));
        return handleExceptionInternal(ex, ex.getBody(), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail(ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> describe(r.getMethodParameter().getParameterName(), e)))
                .sorted().collect(Collectors.joining("; ")));
        return handleExceptionInternal(ex, ex.getBody(), headers, status, request);
    }

    private static String describe(String parameter, MessageSourceResolvable error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
        return field + ": " + error.getDefaultMessage();
    }
}
