package eu.skilltalk.assessment;

import eu.skilltalk.content.Content;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves a client's chart at its unguessable link without signing in (Telegram fetches it to show the photo,
 * an SMS client opens it in a browser), drawn from the newest summary in the client's language.
 */
@RestController
class ChartImages {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final Summaries summaries;
    private final Participants participants;
    private final LocaleCatalog catalog;
    private final ResultsChart chart;

    ChartImages(Summaries summaries, Participants participants, Content content) {
        this.summaries = summaries;
        this.participants = participants;
        this.catalog = content.catalog();
        this.chart = new ResultsChart(content.catalog());
    }

    @GetMapping(path = ResultsLinks.CHARTS + "{token}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> chart(@PathVariable String token) {
        StoredSummary stored = TOKEN.matcher(token).matches() ? summaries.byChartToken(token).orElse(null) : null;
        if (stored == null || !ResultsChart.drawable(stored.summary())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such chart");
        }
        String language = participants.findById(stored.participantId()).map(Participant::language)
                .filter(catalog::speaks).orElse(catalog.languages().get(0));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .contentType(MediaType.IMAGE_PNG).body(chart.png(stored.summary(), language));
    }
}
