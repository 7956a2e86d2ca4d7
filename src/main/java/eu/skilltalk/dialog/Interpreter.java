package eu.skilltalk.dialog;

import java.util.List;
import java.util.Optional;

/**
 * What the engine asks when a step's own matching does not take the client's words: "ja hoor" for yes,
 * "drie" for 3, "pretty good" on a scale, "can I talk to someone" for the coach, the language a story is
 * written in, and which competences a story may be evidence for. Every method may answer "not understood"
 * (empty); {@link #NONE} always does, so the engine then behaves exactly as without it.
 *
 * <p>Implemented outside the engine (OpenNLP and word lists); answers must depend only on the arguments, so
 * transcripts replay.
 */
public interface Interpreter {

    /** Understands nothing: only the steps' own words and the exact command words work. */
    Interpreter NONE = new Interpreter() {
    };

    /**
     * The keys of the offered choices the text picks (number words, ordinals, small typos), most likely
     * first; several when the client names more than one ("2 or 3"), empty when it picks none.
     */
    default List<String> choices(String text, String language, List<Choice> offered) {
        return List.of();
    }

    /** The points of a scale from 1 to {@code points} the text says ("so-so", "4/5", an emoji); several when it hesitates. */
    default List<Integer> scale(String text, String language, int points) {
        return List.of();
    }

    /** The whole numbers within {@code [min, max]} the text names ("twenty", "about 20"); several when it hesitates. */
    default List<Integer> numbers(String text, String language, int min, int max) {
        return List.of();
    }

    /** Whether the text says yes ({@code true}) or no ({@code false}), in any shipped language. */
    default Optional<Boolean> yesNo(String text, String language) {
        return Optional.empty();
    }

    /** What a short message asks for, with the model's certainty; empty when nothing stands out. */
    default Optional<Intent> intent(String text, String language) {
        return Optional.empty();
    }

    /** The shipped language the text is clearly written in when that is not {@code expected}; empty when unsure. */
    default Optional<String> otherLanguage(String text, String expected) {
        return Optional.empty();
    }

    /** The competences (at most two) a story written in {@code language} may be evidence for, most likely first. */
    default List<EvidenceHint> evidence(String text, String language) {
        return List.of();
    }
}
