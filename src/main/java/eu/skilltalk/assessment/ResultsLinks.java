package eu.skilltalk.assessment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public link of a client's chart, under {@code skilltalk.public-base-url} so an SMS client can open it. */
@Component
class ResultsLinks {

    static final String CHARTS = "/results/charts/";

    private final String base;

    ResultsLinks(@Value("${skilltalk.public-base-url}") String publicBaseUrl) {
        this.base = publicBaseUrl.replaceAll("/+$", "");
    }

    String chart(String token) {
        return base + CHARTS + token + ".png";
    }
}
