package eu.skilltalk.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies larger than {@code skilltalk.limits.webhook-body} on {@code /webhooks/**} and
 * {@code skilltalk.limits.api-body} on {@code /api/**} with 413 and a problem detail that names the limit,
 * before anything reads them. A chunked body there (no length up front) gets 411: Telegram, Twilio, browsers
 * and the API's clients all send a length, so only a sender who hides the size is refused. Registered by
 * {@link LimitsConfiguration} after Spring Security, so the refusal carries the security headers.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private final LimitsProperties properties;
    private final JsonMapper json;

    RequestSizeLimit(LimitsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = limitFor(request.getRequestURI());
        long length = request.getContentLengthLong();
        if (limit != null && length > limit.toBytes()) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body has " + length + " bytes; at most " + limit.toBytes() + " are accepted here.");
        } else if (limit != null && length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, HttpStatus.LENGTH_REQUIRED,
                    "Send a Content-Length; at most " + limit.toBytes() + " bytes are accepted here.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close"); // the unread body is not worth receiving
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }

    private DataSize limitFor(String path) {
        if (path.startsWith("/webhooks/")) {
            return properties.webhookBody();
        }
        return path.startsWith("/api/") ? properties.apiBody() : null;
    }
}
