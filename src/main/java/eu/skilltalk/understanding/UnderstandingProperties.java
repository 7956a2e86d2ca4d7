package eu.skilltalk.understanding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sure understanding must be before it acts, and where its trained models are kept. The thresholds'
 * defaults are measured on the held-out examples (docs/understanding.md).
 *
 * @param enabled    off: the engine understands only the steps' own words and the exact command words
 * @param intents    when a message's intent is acted on
 * @param language   when a message counts as written in another language
 * @param evidence   which competences are hinted at, and when the client is asked about one
 * @param modelCache folder where trained models are kept for the next start (created when needed, safe to
 *                   delete, read-only is fine); empty: trained at every start
 */
@ConfigurationProperties("skilltalk.understanding")
public record UnderstandingProperties(@DefaultValue("true") boolean enabled, @DefaultValue Intents intents,
        @DefaultValue Language language, @DefaultValue Evidence evidence,
        @DefaultValue("data/models") String modelCache) {

    /** The defaults, for use without Spring (tests, transcripts), without a model cache: nothing on disk. */
    public static UnderstandingProperties defaults() {
        return new UnderstandingProperties(true, new Intents(0.7, 0.3, 8), new Language(3, 0.3),
                new Evidence(3, 0.12, 0.5), "");
    }

    /**
     * @param sure     probability from which the intent is acted on at once
     * @param ask      probability from which the client is asked "Did you mean ...?"; below it, nothing
     * @param maxWords longer messages are answers or stories, not requests
     */
    public record Intents(@DefaultValue("0.7") double sure, @DefaultValue("0.3") double ask,
            @DefaultValue("8") int maxWords) {
    }

    /**
     * @param minWords shorter messages are not guessed at
     * @param margin   how far ahead of the session's language another language must score (scores run 0 to 2)
     */
    public record Language(@DefaultValue("3") int minWords, @DefaultValue("0.3") double margin) {
    }

    /**
     * @param minWords shorter answers get no hints
     * @param minScore probability from which a competence is hinted at
     * @param askScore probability from which the client is asked whether the story shows it (above 1: never)
     */
    public record Evidence(@DefaultValue("3") int minWords, @DefaultValue("0.12") double minScore,
            @DefaultValue("0.5") double askScore) {
    }
}
