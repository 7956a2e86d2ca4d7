package eu.skilltalk.channel.sms;

import eu.skilltalk.dialog.Choice;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lays a reply out as text messages.
 *
 * <p>SMS: choices as numbered lines ({@code 1 = Yes}); a picture scale as its numbers (the engine's legend
 * line above it has the words at both ends); an image as its full link. Typographic punctuation becomes plain
 * and emoji are left out where that keeps a text in GSM-7 (160 characters a segment instead of 70). A text
 * longer than one segment is split at sentence ends into separate messages, each one segment where possible,
 * with the choices kept together.
 *
 * <p>WhatsApp: one message with the emoji kept; the image goes as media.
 */
final class SmsLayout {

    private static final Map<Integer, String> PLAIN = Map.ofEntries(Map.entry(0x2018, "'"), Map.entry(0x2019, "'"),
            Map.entry(0x201A, "'"), Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""),
            Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""), Map.entry(0x2013, "-"), Map.entry(0x2014, "-"),
            Map.entry(0x2026, "..."), Map.entry(0x00B7, "-"), Map.entry(0x2022, "-"), Map.entry(0x00A0, " "),
            Map.entry(0x202F, " "));
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final String publicBaseUrl;

    SmsLayout(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** One piece of a message and whether it starts on a new line. */
    private record Piece(String text, boolean newLine) {
    }

    /** The SMS bodies for one reply, in sending order; each fits one segment unless a single word is longer. */
    List<String> sms(String text, List<Choice> choices, String imageUrl) {
        List<Piece> pieces = new ArrayList<>();
        String[] lines = shape(text == null ? "" : text).split("\n");
        for (String line : lines) {
            String[] sentences = SENTENCE_END.split(line);
            for (int i = 0; i < sentences.length; i++) {
                if (!sentences[i].isBlank()) {
                    pieces.add(new Piece(sentences[i], i == 0));
                }
            }
        }
        if (!choices.isEmpty()) {
            pieces.add(new Piece(shape(choiceBlock(choices, false)), true));
        }
        if (imageUrl != null) {
            pieces.add(new Piece(link(imageUrl).toString(), true));
        }
        String whole = join(pieces);
        if (whole.isBlank() || SmsSegments.of(whole).single()) {
            return whole.isBlank() ? List.of() : List.of(whole);
        }
        return split(pieces);
    }

    /** The WhatsApp body for one reply. */
    String whatsapp(String text, List<Choice> choices) {
        String body = text == null ? "" : text;
        return choices.isEmpty() ? body : body + "\n" + choiceBlock(choices, true);
    }

    /** An absolute URL for a link or media: relative ones are on this service. */
    URI link(String url) {
        return URI.create(url.startsWith("/") ? publicBaseUrl + url : url);
    }

    private static String choiceBlock(List<Choice> choices, boolean keepPictures) {
        if (choices.stream().allMatch(c -> c.label().codePoints().noneMatch(Character::isLetterOrDigit))) {
            return choices.stream().map(c -> keepPictures ? c.key() + " " + c.label() : c.key())
                    .collect(Collectors.joining(keepPictures ? "  " : " "));
        }
        return choices.stream().map(c -> c.key() + " = " + c.label()).collect(Collectors.joining("\n"));
    }

    /** Plain punctuation; emoji dropped when the rest is GSM-7, else kept (the text is UCS-2 anyway). */
    static String shape(String text) {
        StringBuilder plain = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        text.codePoints().forEach(c -> {
            String replacement = PLAIN.get(c);
            String kept = replacement != null ? replacement : new String(Character.toChars(c));
            plain.append(kept);
            if (!isEmoji(c)) {
                bare.append(kept);
            }
        });
        String withoutEmoji = tidy(bare.toString());
        return SmsSegments.isGsm7(withoutEmoji) ? withoutEmoji : plain.toString();
    }

    private static boolean isEmoji(int c) {
        return c >= 0x2000 && Character.getType(c) == Character.OTHER_SYMBOL
                || c == 0xFE0F || c == 0x200D || c == 0x20E3 || c >= 0x1F3FB && c <= 0x1F3FF;
    }

    private static String tidy(String text) {
        return text.lines().map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                .collect(Collectors.joining("\n"));
    }

    private static String join(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            if (!out.isEmpty()) {
                out.append(piece.newLine() ? '\n' : ' ');
            }
            out.append(piece.text());
        }
        return out.toString();
    }

    /** Packs pieces into messages of one segment each; a piece too long for one is cut at lines, then words. */
    private static List<String> split(List<Piece> pieces) {
        List<String> parts = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece piece : pieces) {
            for (Piece chunk : fitting(piece)) {
                current.add(chunk);
                if (!SmsSegments.of(join(current)).single() && current.size() > 1) {
                    current.remove(current.size() - 1);
                    parts.add(join(current));
                    current = new ArrayList<>(List.of(chunk));
                }
            }
        }
        if (!current.isEmpty()) {
            parts.add(join(current));
        }
        return parts;
    }

    private static List<Piece> fitting(Piece piece) {
        if (SmsSegments.of(piece.text()).single()) {
            return List.of(piece);
        }
        boolean byLine = piece.text().contains("\n");
        List<Piece> chunks = new ArrayList<>();
        String[] words = piece.text().split(byLine ? "\n" : " ");
        for (int i = 0; i < words.length; i++) {
            chunks.add(new Piece(words[i], i == 0 ? piece.newLine() : byLine));
        }
        return chunks;
    }
}
