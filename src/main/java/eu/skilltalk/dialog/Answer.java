package eu.skilltalk.dialog;

import java.util.Map;

/** What a {@link Question} made of the client's text: a value, or the reason it could not take it. */
public sealed interface Answer {

    /** The answer fits; {@code value} is what gets saved and recorded. */
    record Accepted(String value) implements Answer {
    }

    /** The answer does not fit; the re-prompt is the locale key {@code reason} rendered with {@code args}. */
    record Rejected(String reason, Map<String, Object> args) implements Answer {
        public Rejected(String reason) {
            this(reason, Map.of());
        }
    }
}
