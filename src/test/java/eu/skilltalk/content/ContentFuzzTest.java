package eu.skilltalk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The shipped dialogs and locales, one file mutated at random (a line dropped, doubled, moved, indented,
 * cut, or random characters put in): loading never throws, and whatever is wrong comes back as
 * {@code file:line: reason} problems, as the startup check and the {@code validate} command print them.
 */
class ContentFuzzTest {

    private static final Path SHIPPED_DIALOGS = Path.of("dialogs");
    private static final Path SHIPPED_LOCALES = Path.of("locales");
    private static Path copy;

    /** A change to one line of a file. */
    record Mutation(Path file, int line, int kind, String noise) {

        List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            int at = Math.floorMod(line, Math.max(1, out.size()));
            if (out.isEmpty()) {
                out.add(noise);
                return out;
            }
            String target = out.get(at);
            switch (kind) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, target);
                case 2 -> out.set(at, "  " + target);
                case 3 -> out.set(at, target.stripLeading());
                case 4 -> out.set(at, target.substring(0, Math.floorMod(noise.length(), target.length() + 1)));
                case 5 -> out.set(at, target + noise);
                case 6 -> out.add(out.remove(at));
                default -> out.subList(at, out.size()).clear();
            }
            return out;
        }
    }

    @BeforeContainer
    static void copyShippedContent() throws IOException {
        copy = Files.createTempDirectory("content-fuzz");
        copyTree(SHIPPED_DIALOGS, copy.resolve("dialogs"));
        copyTree(SHIPPED_LOCALES, copy.resolve("locales"));
    }

    @AfterContainer
    static void deleteCopy() throws IOException {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void aMutatedFileGivesProblemsWithFileAndLineNeverAnException(@ForAll("mutations") Mutation mutation)
            throws IOException {
        Path file = copy.resolve(mutation.file());
        byte[] original = Files.readAllBytes(file);
        List<String> lines = List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1));
        // getBytes replaces what UTF-8 cannot hold (a lone surrogate from the noise) instead of failing.
        Files.write(file, String.join("\n", mutation.apply(lines)).getBytes(StandardCharsets.UTF_8));
        try {
            List<Content> loaded = new ArrayList<>();
            assertThatCode(() -> loaded.add(new ContentLoader().load(copy.resolve("dialogs"), copy.resolve("locales"))))
                    .doesNotThrowAnyException();
            for (var problem : loaded.get(0).problems()) {
                assertThat(problem.file()).as(problem.toString()).isNotBlank();
                assertThat(problem.line()).as(problem.toString()).isNotNegative();
                assertThat(problem.reason()).as(problem.toString()).isNotBlank();
            }
        } finally {
            Files.write(file, original);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("dialogs"), Path.of("locales"))) {
            try (Stream<Path> all = Files.walk(copy.resolve(folder))) {
                all.filter(p -> p.toString().endsWith(".yaml")).map(copy::relativize).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Arbitrary<String> noise = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of(": ", "- ", "{", "}", "'", "\"", "&a", "*a", "!!bad", "\t", "type: nope", "{count, plural,",
                        "next: nowhere", "id: start", "version: 99", "ä€😀"));
        return Combinators.combine(Arbitraries.of(files), Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 7), noise).as(Mutation::new);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
