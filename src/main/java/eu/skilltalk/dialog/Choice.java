package eu.skilltalk.dialog;

/**
 * A choice offered with a reply: what the client can send ({@code key}) and what it means
 * ({@code label}). Channels render choices their own way: buttons, numbered lines.
 *
 * <pre>{"key": "1", "label": "Yes"}</pre>
 */
public record Choice(String key, String label) {
}
