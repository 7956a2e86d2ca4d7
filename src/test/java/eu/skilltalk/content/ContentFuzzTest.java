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
import eu.skilltalk.fuzz.Fuzz;
import eu.skilltalk.fuzz.Gen;
import eu.skilltalk.fuzz.NastyText;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @BeforeAll
    static void copyShippedContent() throws IOException {
        copy = Files.createTempDirectory("content-fuzz");
        copyTree(SHIPPED_DIALOGS, copy.resolve("dialogs"));
        copyTree(SHIPPED_LOCALES, copy.resolve("locales"));
    }

    @AfterAll
    static void deleteCopy() throws IOException {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aMutatedFileGivesProblemsWithFileAndLineNeverAnException() {
        Fuzz.forAll(60, mutations(), ContentFuzzTest::loadMutated);
    }

    private static void loadMutated(Mutation mutation) throws IOException {
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

    private static Gen<Mutation> mutations() {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("dialogs"), Path.of("locales"))) {
            try (Stream<Path> all = Files.walk(copy.resolve(folder))) {
                // Sorted: a replayed seed must pick the same file whatever order the file system lists them in.
                all.filter(p -> p.toString().endsWith(".yaml")).map(copy::relativize).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Gen<String> noise = Gen.oneOf(NastyText.any(20), NastyText.numbers(), Gen.of(": ", "- ", "{", "}", "'", "\"",
                "&a", "*a", "!!bad", "\t", "type: nope", "{count, plural,", "next: nowhere", "id: start", "version: 99",
                "ä€😀"));
        Gen<Path> file = Gen.of(files);
        Gen<Integer> line = Gen.between(0, 400);
        Gen<Integer> kind = Gen.between(0, 7);
        return random -> new Mutation(file.next(random), line.next(random), kind.next(random), noise.next(random));
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
