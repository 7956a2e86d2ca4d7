package eu.skilltalk.channel.sms;

/**
 * What a text costs as one SMS. GSM-7 fits 160 characters in one segment, or 153 per segment once split, and
 * its extension characters ({@code € [ ] { } \ ~ ^ |}) take two; one character outside GSM-7 makes the whole
 * text UCS-2: 70 UTF-16 units in one segment or 67 per segment, so an emoji takes two. A split never cuts a
 * two-unit character in half, as phones and Twilio do.
 *
 * @param units    septets (GSM-7) or UTF-16 units (UCS-2)
 * @param segments segments billed
 */
public record SmsSegments(Encoding encoding, int units, int segments) {

    /** The two SMS alphabets. */
    public enum Encoding {
        GSM7, UCS2
    }

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    public static SmsSegments of(String text) {
        if (isGsm7(text)) {
            return pack(Encoding.GSM7, text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).toArray(), 160, 153);
        }
        return pack(Encoding.UCS2, text.codePoints().map(Character::charCount).toArray(), 70, 67);
    }

    /** Whether every character of the text is in the GSM-7 alphabet (basic or extension table). */
    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    /** Whether the text goes as one segment. */
    public boolean single() {
        return segments == 1;
    }

    private static SmsSegments pack(Encoding encoding, int[] widths, int single, int part) {
        int units = 0;
        for (int width : widths) {
            units += width;
        }
        if (units <= single) {
            return new SmsSegments(encoding, units, 1);
        }
        int segments = 1;
        int used = 0;
        for (int width : widths) {
            if (used + width > part) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return new SmsSegments(encoding, units, segments);
    }
}
