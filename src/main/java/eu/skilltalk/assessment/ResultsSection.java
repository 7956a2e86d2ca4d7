package eu.skilltalk.assessment;

import eu.skilltalk.coach.ParticipantSection;
import eu.skilltalk.content.Content;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The client page's results: the goal, every scored competence with its gap, strengths and growth points, the chart. */
@Component
class ResultsSection implements ParticipantSection {

    private final Summaries summaries;
    private final ResultsLinks links;
    private final LocaleCatalog catalog;

    ResultsSection(Summaries summaries, ResultsLinks links, Content content) {
        this.summaries = summaries;
        this.links = links;
        this.catalog = content.catalog();
    }

    /** One competence in the coach's language; {@code mark} says whether it is a strength or growth point. */
    record Row(String id, String name, double score, int desired, double gap, String mark) {
    }

    /** @param chartUrl the chart's public link, or {@code null} when there is too little to draw */
    record View(String profile, List<Row> rows, String chartUrl, boolean closeToSelfEmployed) {
    }

    @Override
    public String template() {
        return "coach/sections/results";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Object model(String participantId, Locale locale) {
        String language = catalog.speaks(locale.getLanguage()) ? locale.getLanguage() : catalog.languages().get(0);
        StoredSummary stored = summaries.current(participantId);
        Summary summary = stored.summary();
        List<Row> rows = summary.competences().stream().map(c -> new Row(c.id(),
                catalog.render(language, "competence." + c.id() + ".name"), c.score(), c.desired(), c.gap(),
                summary.topStrengths().contains(c.id()) ? "strength" : summary.gaps().contains(c.id()) ? "growth"
                        : null)).toList();
        return new View(catalog.render(language, "profile." + summary.profile() + ".name"), rows,
                ResultsChart.drawable(summary) ? links.chart(stored.chartToken()) : null,
                summary.closeToSelfEmployed());
    }
}
