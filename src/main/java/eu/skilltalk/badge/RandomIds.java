package eu.skilltalk.badge;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Unguessable ids for public links (letters and digits that cannot be confused, so a link read aloud or
 * typed from paper still works) and salts for recipient hashes.
 */
final class RandomIds {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** {@code length} characters of 5 bits each: 16 give 80 bits. */
    static String id(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** 128 random bits as hex. */
    static String salt() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
