package eu.skilltalk.assessment;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A summary as a few short messages in the client's language, good news first: the top strengths (each with
 * the client's own story when they told one), the growth points for their goal, the self-employed hint, then
 * the chart.
 */
final class SummaryMessages {

    private final LocaleCatalog catalog;
    private final int quoteLength;

    SummaryMessages(LocaleCatalog catalog, int quoteLength) {
        this.catalog = catalog;
        this.quoteLength = quoteLength;
    }

    /**
     * @param stories  the client's stories by competence
     * @param chartUrl the chart's public link, or {@code null} when there is no chart
     */
    List<Reply> replies(Summary summary, Map<String, String> stories, String language, String chartUrl) {
        if (summary.competences().isEmpty()) {
            return List.of(text(language, "results.empty", Map.of()));
        }
        String goal = catalog.render(language, "profile." + summary.profile() + ".name");
        List<Reply> replies = new ArrayList<>();
        replies.add(text(language, "results.intro", Map.of()));
        List<String> top = summary.topStrengths();
        if (top.isEmpty()) {
            replies.add(text(language, "results.no_strengths", Map.of()));
        } else {
            replies.add(text(language, "results.strengths", Map.of("names", names(top, language))));
            top.stream().filter(stories::containsKey).forEach(c -> replies.add(text(language, "results.story",
                    Map.of("name", name(c, language), "story", quote(stories.get(c), quoteLength)))));
        }
        if (summary.gaps().isEmpty()) {
            replies.add(text(language, "results.no_growth", Map.of("goal", goal)));
        } else {
            replies.add(text(language, "results.growth", Map.of("goal", goal, "names", names(summary.gaps(), language))));
        }
        if (summary.closeToSelfEmployed()) {
            replies.add(text(language, "results.self_employed", Map.of()));
        }
        if (chartUrl != null) {
            replies.add(new Reply(catalog.render(language, "results.picture", Map.of()), List.of(), chartUrl));
        }
        return replies;
    }

    private String names(List<String> competences, String language) {
        return ListFormatter.getInstance(ULocale.forLanguageTag(language))
                .format(competences.stream().map(c -> name(c, language)).toList());
    }

    String name(String competence, String language) {
        return catalog.render(language, "competence." + competence + ".name");
    }

    /** The story on one line, cut at a word before {@code quoteLength} characters, so a message stays short. */
    static String quote(String story, int quoteLength) {
        String oneLine = story.replaceAll("\\s+", " ");
        if (oneLine.length() <= quoteLength) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', quoteLength - 1);
        return oneLine.substring(0, cut > 0 ? cut : quoteLength - 1).replaceAll("\\p{Punct}+$", "") + "…";
    }

    private Reply text(String language, String key, Map<String, ?> args) {
        return Reply.of(catalog.render(language, key, args));
    }
}
