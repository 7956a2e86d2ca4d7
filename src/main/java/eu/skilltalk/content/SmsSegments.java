package eu.skilltalk.content;

/**
 * How many SMS segments a text takes. GSM-7 holds 160 characters in one segment and 153 in each part of a
 * longer one; the extension characters {@code ^ { } \ [ ~ ] | €} take two. One character outside GSM-7
 * (an emoji, 'ç', 'ê', 'ë', a curly quote) makes the whole text UCS-2: 70 UTF-16 units, 67 per part.
 */
public final class SmsSegments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    /** Segments the text takes; at least 1. */
    public static int count(String text) {
        boolean gsm = firstNonGsm(text) == null;
        int length = gsm ? septets(text) : text.length();
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return length <= single ? 1 : (length + part - 1) / part;
    }

    /** The first character that forces UCS-2, or {@code null} when the text is all GSM-7. */
    public static String firstNonGsm(String text) {
        return text.codePoints().filter(c -> c > 0xFFFF || BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0)
                .mapToObj(Character::toString).findFirst().orElse(null);
    }

    private static int septets(String text) {
        return text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
    }
}
