package eu.skilltalk.fuzz;

import java.util.List;

/**
 * Texts that break naive code: emoji (surrogate pairs, skin tones, ZWJ sequences, flags, and halves of
 * them), control characters, right-to-left and other invisible marks, odd whitespace, mixed scripts, any
 * UTF-16 unit at all, numbers out of every range, and very long texts.
 */
public final class NastyText {

    private static final String SCRIPTS = "éßøłŒЖжщΩλשלוםمرحباک中文日本語한국어हिन्दीதமிழ்ไทยქართ";
    private static final String WHITESPACE =
            " \t\n\r\u000b\u000c\u00a0\u1680\u2002\u2009\u200b\u2028\u2029\u3000\ufeff";
    /** Left-to-right and right-to-left marks, embeddings, overrides and isolates, Arabic letter mark. */
    private static final String DIRECTION = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c";

    private static final Gen<String> EMOJI_UNIT = Gen.oneOf(
            Gen.of("😀", "🙂", "😞", "👍", "👍🏽", "🏽", "\u200d", "\ufe0f", "♀", "♀️", "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈",
                    "🇳🇱", "🇧🇪", "🇧", "\ud83d", "\ude00"),
            codePoints(0x1f300, 0x1faff));

    private static final Gen<String> UNIT = Gen.oneOf(
            codePoints(0x20, 0x7e),
            codePoints(0x00, 0x1f), codePoints(0x7f, 0x9f),
            charsOf(WHITESPACE), charsOf(DIRECTION), charsOf(SCRIPTS),
            EMOJI_UNIT,
            codePoints(0xd800, 0xdfff), // a lone surrogate
            codePoints(0x0000, 0xffff),
            codePoints(0x10000, 0x10ffff));

    private NastyText() {
    }

    /** Up to {@code maxLength} UTF-16 units of everything above, mixed. */
    public static Gen<String> any(int maxLength) {
        return textOf(UNIT, maxLength);
    }

    /** Control characters U+0000 to U+001F only. */
    public static Gen<String> control(int maxLength) {
        return textOf(codePoints(0x00, 0x1f), maxLength);
    }

    /** Emoji and their pieces; cutting at the length may halve a surrogate pair, as a careless client would. */
    public static Gen<String> emoji(int maxLength) {
        return textOf(EMOJI_UNIT, maxLength);
    }

    public static Gen<String> digits(int maxLength) {
        return textOf(codePoints('0', '9'), maxLength);
    }

    /** Numbers no scale, choice or id expects: negative, huge, fractional, in other digits, not numbers. */
    public static Gen<String> numbers() {
        return Gen.oneOf(Gen.of("0", "-0", "+0", "-1", "00001", "1.5", "1,5", "1e9", "NaN", "Infinity", "0x1F",
                "2147483648", "-2147483649", "9223372036854775808", "99999999999", "99999999999999999999",
                "١٢٣", "５", "½", "Ⅲ", "3️⃣"), digits(25));
    }

    /** Longs, with the edges more likely than chance would make them. */
    public static Gen<Long> longs() {
        return Gen.oneOf(Gen.of(0L, 1L, -1L, (long) Integer.MAX_VALUE + 1, Long.MAX_VALUE, Long.MIN_VALUE),
                random -> random.nextLong());
    }

    /** 2,000 to 10,000 characters: one letter repeated, or a nasty piece repeated. */
    public static Gen<String> huge() {
        Gen<String> piece = Gen.oneOf(Gen.of("x"), any(20).map(s -> s.isEmpty() ? "x" : s));
        return random -> {
            int length = Gen.between(2_000, 10_000).next(random);
            return piece.next(random).repeat(length).substring(0, length);
        };
    }

    private static Gen<String> textOf(Gen<String> unit, int maxLength) {
        return random -> {
            int length = random.nextInt(maxLength + 1);
            StringBuilder text = new StringBuilder(length + 16);
            while (text.length() < length) {
                text.append(unit.next(random));
            }
            return text.substring(0, length);
        };
    }

    private static Gen<String> codePoints(int from, int to) {
        return Gen.between(from, to).map(codePoint -> Character.toString(codePoint));
    }

    private static Gen<String> charsOf(String chars) {
        List<String> units = chars.codePoints().mapToObj(Character::toString).toList();
        return Gen.of(units);
    }
}
