package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Self-ratings in words and emoji: "pretty good", "gaat wel", "bof", "sehr gut", 👍. Each language lists its
 * phrases per point of a five-point scale ({@code understanding.scale.1} to {@code .5}); the longest phrase
 * wins, so "not good" is 2, not the 4 of "good". A four-point scale has no middle: the middle of five is
 * offered as 2 or 3.
 */
final class ScaleWords {

    private static final int FIVE = 5;
    /** Faces and signs beyond the scale's own five, by the point of a five-point scale they say. */
    private static final Map<String, Integer> EMOJI = Map.ofEntries(
            Map.entry("😭", 1), Map.entry("😢", 1), Map.entry("😩", 1), Map.entry("😡", 1), Map.entry("💩", 1),
            Map.entry("😞", 2), Map.entry("☹", 2), Map.entry("😕", 2), Map.entry("👎", 2), Map.entry("😔", 2),
            Map.entry("😶", 3), Map.entry("🤷", 3), Map.entry("😑", 3), Map.entry("🤔", 3),
            Map.entry("😊", 4), Map.entry("👍", 4), Map.entry("😀", 4), Map.entry("👌", 4), Map.entry("😌", 4),
            Map.entry("😁", 5), Map.entry("😃", 5), Map.entry("🤩", 5), Map.entry("😍", 5), Map.entry("💪", 5),
            Map.entry("🥳", 5), Map.entry("❤", 5), Map.entry("🔥", 5), Map.entry("🌟", 5));
    private static final Pattern OUT_OF = Pattern.compile("(\\d)\\s*(?:/|\\bout of\\b|\\bop\\b|\\bsur\\b|\\bvon\\b|\\bvan\\b)\\s*(\\d)");

    private record Phrase(String words, int point) {
    }

    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    ScaleWords(Texts texts) {
        for (String language : texts.languages()) {
            List<Phrase> own = new ArrayList<>();
            for (int point = 1; point <= FIVE; point++) {
                for (String words : texts.words(language, "understanding.scale." + point)) {
                    own.add(new Phrase(" " + String.join(" ", Tokens.words(words)) + " ", point));
                }
            }
            own.sort(Comparator.comparingInt((Phrase p) -> p.words().length()).reversed());
            phrases.put(language, own);
        }
    }

    /** The points of a five-point scale {@code text} says in words or emoji, in the order written. */
    List<Integer> points(String text, String language) {
        List<int[]> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(" " + String.join(" ", Tokens.words(text)) + " ");
        for (Phrase phrase : phrases.getOrDefault(language, List.of())) {
            int at = rest.indexOf(phrase.words());
            while (at >= 0) {
                found.add(new int[] {at, phrase.point()});
                // Blank it out, keeping the spaces around it, so a shorter phrase inside is not found again.
                for (int i = at + 1; i < at + phrase.words().length() - 1; i++) {
                    rest.setCharAt(i, '_');
                }
                at = rest.indexOf(phrase.words(), at + 1);
            }
        }
        String plain = text.replace("\uFE0F", "");
        for (Map.Entry<String, Integer> emoji : EMOJI.entrySet()) {
            int at = plain.indexOf(emoji.getKey());
            if (at >= 0) {
                found.add(new int[] {rest.length() + at, emoji.getValue()});
            }
        }
        found.sort(Comparator.comparingInt(f -> f[0]));
        List<Integer> points = new ArrayList<>();
        found.forEach(f -> {
            if (!points.contains(f[1])) {
                points.add(f[1]);
            }
        });
        return points;
    }

    /** "4/5", "4 out of 5": the 4, when the second number is the scale's top. */
    static String withoutTop(String text, int top) {
        Matcher matcher = OUT_OF.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean ofTop = Integer.parseInt(matcher.group(2)) == top;
            matcher.appendReplacement(out, ofTop ? "$1" : "$0");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A point of a five-point scale on a scale of {@code points}: the middle of five is 2 or 3 of four. */
    static List<Integer> onScale(int fivePoint, int points) {
        if (points == FIVE) {
            return List.of(fivePoint);
        }
        return switch (fivePoint) {
            case 1 -> List.of(1);
            case 2 -> List.of(2);
            case 3 -> List.of(2, 3);
            case 4 -> List.of(3);
            default -> List.of(points);
        };
    }
}
