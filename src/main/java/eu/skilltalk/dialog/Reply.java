package eu.skilltalk.dialog;

import java.util.List;

/**
 * One message to the client: text in their language, the choices it offers (possibly none) and an
 * optional image URL.
 *
 * <pre>{"text": "How sure are you?", "choices": [{"key": "1", "label": "😟"}], "imageUrl": null}</pre>
 */
public record Reply(String text, List<Choice> choices, String imageUrl) {

    public Reply {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), null);
    }
}
