package eu.skilltalk.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How results are scored and shown ({@code skilltalk.assessment.*}); see {@code docs/results.md}.
 *
 * @param othersDialog        the dialog whose ratings say how others see the client
 * @param storyBonus          points a story (an example in the client's words) adds to the client's rating
 * @param coachWeight         how many times a coach's observed level counts against the client's view
 * @param selfEmployedProfile the profile the "you could work for yourself" hint compares with
 * @param selfEmployedReach   the hint shows when the client falls short of that profile by at most this much
 *                            per competence on average
 * @param quoteLength         a story quoted in a summary message is cut to this many characters
 */
@ConfigurationProperties("skilltalk.assessment")
record AssessmentProperties(@DefaultValue("others") String othersDialog, @DefaultValue("0.5") double storyBonus,
        @DefaultValue("2") double coachWeight, @DefaultValue("self_employed") String selfEmployedProfile,
        @DefaultValue("0.5") double selfEmployedReach, @DefaultValue("70") int quoteLength) {

    static AssessmentProperties defaults() {
        return new AssessmentProperties("others", 0.5, 2, "self_employed", 0.5, 70);
    }
}
