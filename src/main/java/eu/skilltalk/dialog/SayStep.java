package eu.skilltalk.dialog;

/**
 * {@code type: say}: sends a message and goes on without waiting. {@code image} is an optional URL
 * (relative to the public base URL when it starts with {@code /}).
 *
 * <pre>
 * - id: welcome
 *   type: say
 *   text: onboarding.welcome
 * </pre>
 */
public record SayStep(String id, String next, int line, String text, String image) implements Step {
}
