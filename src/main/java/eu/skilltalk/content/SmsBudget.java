package eu.skilltalk.content;

import eu.skilltalk.locale.LocaleCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds client texts that would need more than {@value #MAX_SEGMENTS} SMS segments. A segment holds 160
 * GSM-7 characters (153 when split) or 70 UCS-2 characters (67 when split); one emoji or one letter outside
 * GSM-7 makes the whole text UCS-2. Word lists ({@code *.words.*}) and coach texts ({@code coach.*}) never
 * go by SMS.
 */
final class SmsBudget {

    static final int MAX_SEGMENTS = 2;
    private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";

    /** Number of segments a text takes. */
    static int segments(String text) {
        boolean gsm = text.chars().allMatch(c -> GSM7.indexOf(c) >= 0);
        int length = gsm ? text.length() : text.codePointCount(0, text.length());
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return length <= single ? 1 : (length + part - 1) / part;
    }

    List<String> overBudget(LocaleCatalog catalog) {
        List<String> warnings = new ArrayList<>();
        for (String language : catalog.languages()) {
            catalog.entries(language).forEach((key, entry) -> {
                if (!key.contains(".words.") && !key.startsWith("coach.") && !key.startsWith("simulator.")) {
                    int segments = segments(entry.pattern());
                    if (segments > MAX_SEGMENTS) {
                        warnings.add(entry.file() + ":" + entry.line() + ": key '" + key + "' needs " + segments
                                + " SMS segments (budget " + MAX_SEGMENTS + ")");
                    }
                }
            });
        }
        return warnings;
    }
}
