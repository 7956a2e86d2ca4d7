package eu.skilltalk.assessment;

import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Two or three sentences a client can say in a job interview: their strengths that have a story first, then
 * those the goal asks most of, each linked to the story in their own words.
 */
final class InterviewSentences {

    private final LocaleCatalog catalog;
    private final SummaryMessages names;
    private final int quoteLength;

    InterviewSentences(LocaleCatalog catalog, SummaryMessages names, int quoteLength) {
        this.catalog = catalog;
        this.names = names;
        this.quoteLength = quoteLength;
    }

    /** @param job the job the client applies for, in their words */
    List<Reply> replies(Summary summary, Map<String, String> stories, String job, String language) {
        List<Summary.Scored> picked = summary.strengths().stream().map(id -> summary.scored(id).orElseThrow())
                .sorted(Comparator.comparing((Summary.Scored s) -> !stories.containsKey(s.id()))
                        .thenComparing(Comparator.comparingInt(Summary.Scored::desired).reversed()))
                .limit(Summary.TOP).toList();
        if (picked.isEmpty()) {
            return List.of(Reply.of(catalog.render(language, "sentences.none")));
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(catalog.render(language, "sentences.intro",
                Map.of("job", SummaryMessages.quote(job == null ? "" : job, quoteLength)))));
        for (Summary.Scored strength : picked) {
            String name = names.name(strength.id(), language);
            String story = stories.get(strength.id());
            replies.add(Reply.of(story == null
                    ? catalog.render(language, "sentences.without_story", Map.of("name", name))
                    : catalog.render(language, "sentences.with_story",
                            Map.of("name", name, "story", SummaryMessages.quote(story, quoteLength)))));
        }
        return replies;
    }
}
