package eu.skilltalk.channel.sms;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's {@link RequestValidator}. Twilio signs the URL it called,
 * so the check uses the configured public base URL, not the host this instance sees behind a proxy.
 */
final class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";

    private final RequestValidator validator;
    private final String publicBaseUrl;

    TwilioSignature(String authToken, String publicBaseUrl) {
        this.validator = new RequestValidator(authToken);
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** Returns the form parameters of a correctly signed request; throws 403 otherwise. */
    Map<String, String> verify(HttpServletRequest request) {
        String signature = request.getHeader(HEADER);
        if (signature == null || signature.isBlank()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, HEADER + " is missing");
        }
        String query = request.getQueryString();
        String url = publicBaseUrl + request.getRequestURI() + (query == null ? "" : "?" + query);
        Map<String, String> form = formParameters(request, query);
        if (!validator.validate(url, form, signature)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, HEADER + " does not match this request");
        }
        return form;
    }

    /** The servlet merges query and body parameters; Twilio signs the query as part of the URL and the body apart. */
    private static Map<String, String> formParameters(HttpServletRequest request, String query) {
        Set<String> inQuery = query == null ? Set.of()
                : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().keySet();
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!inQuery.contains(name) && values.length > 0) {
                form.put(name, values[0]);
            }
        });
        return form;
    }
}
