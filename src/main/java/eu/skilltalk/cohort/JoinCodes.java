package eu.skilltalk.cohort;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Join codes: 6 characters without look-alikes (no 0/O, 1/I/L), with at least one letter and one digit so
 * a code is never a word or a number a client might send as an answer. Clients may type them in any case,
 * and Telegram's deep link arrives as {@code /start <code>}.
 */
final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final Pattern CODE = Pattern.compile("(?:/START\\s+)?([" + ALPHABET + "]{" + LENGTH + "})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        while (true) {
            StringBuilder code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (wellFormed(code.toString())) {
                return code.toString();
            }
        }
    }

    /** The code a message is, if it is one: the whole message, any case, or {@code /start <code>}. */
    static Optional<String> in(String text) {
        Matcher matcher = CODE.matcher(text.strip().toUpperCase(Locale.ROOT));
        return matcher.matches() && wellFormed(matcher.group(1)) ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean wellFormed(String code) {
        return code.chars().anyMatch(Character::isDigit) && code.chars().anyMatch(Character::isLetter);
    }
}
