package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code badges.yaml} as {@link DialogLoader} reads it with {@link BadgeReader}: what a valid file gives, and
 * the exact {@code file:line: reason} for each kind of mistake.
 */
class BadgeFilesTest {

    static final String BADGES = """
            format: 1
            level: 4
            badges:
              - id: new-ideas
                competences: [ideas.new]
                icon: bulb
                colour: "#B45309"
                alignment:
                  - {targetFramework: EntreComp, targetCode: "1.2", targetName: Creativity,
                     targetUrl: "https://example.org/entrecomp"}
              - id: planning
                competences: [ideas.new, action.plan]
                icon: calendar
                colour: "#1d4ed8"
                alignment:
                  - {targetName: Planning and management, targetUrl: "https://example.org/entrecomp"}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void validFiles() throws IOException {
        Files.writeString(dir.resolve("competences.yaml"), FrameworkFilesTest.FRAMEWORK);
        Files.writeString(dir.resolve("onboarding.yaml"), FrameworkFilesTest.DIALOG);
        Files.writeString(dir.resolve("profiles.yaml"), FrameworkFilesTest.PROFILES);
        Files.writeString(dir.resolve("badges.yaml"), BADGES);
    }

    @Test
    void validBadgesAreReadWithTheirLocaleKeys() {
        DialogLoader.Result result = new DialogLoader().load(dir);

        assertThat(result.problems()).isEmpty();
        BadgeClasses badges = result.dialogs().badges();
        assertThat(badges.level()).isEqualTo(4);
        assertThat(badges.ids()).containsExactly("new-ideas", "planning");
        BadgeClass planning = badges.find("planning").orElseThrow();
        assertThat(planning.competences()).containsExactly("ideas.new", "action.plan");
        assertThat(planning.icon()).isEqualTo("calendar");
        assertThat(planning.colour()).isEqualTo("#1d4ed8");
        assertThat(planning.alignment()).containsExactly(new BadgeClass.Alignment("Planning and management",
                "https://example.org/entrecomp", null, null));
        assertThat(badges.find("new-ideas").orElseThrow().alignment().get(0).targetCode()).isEqualTo("1.2");
        assertThat(result.textRefs()).extracting(TextRef::key).contains("badge.planning.name",
                "badge.planning.description", "badge.planning.criteria", "badge.new-ideas.criteria");
        assertThat(result.dialogs().byId()).as("the badges file is no dialog").containsOnlyKeys("onboarding");
    }

    @Test
    void noBadgesFileMeansNoBadges() throws IOException {
        Files.delete(dir.resolve("badges.yaml"));

        DialogLoader.Result result = new DialogLoader().load(dir);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dialogs().badges().all()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsEachMistakeAtItsLine(String what, UnaryOperator<String> edit, List<String> expected)
            throws IOException {
        Files.writeString(dir.resolve("badges.yaml"), edit.apply(BADGES));

        String folder = dir + dir.getFileSystem().getSeparator();
        assertThat(new DialogLoader().load(dir).problems().stream().sorted(Problem.ORDER)).map(Problem::toString)
                .map(problem -> problem.replace(folder, "")).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("no format", t -> t.replace("format: 1\n", ""),
                        "badges.yaml:1: missing 'format: 1' (the dialog format version)"),
                mistake("not YAML", t -> t.replace("icon: bulb", "icon: [bulb"),
                        "badges.yaml:7: not valid YAML: expected ',' or ']', but got :"),
                mistake("a field it does not know", t -> t.replace("    icon: bulb\n", "    icon: bulb\n    points: 3\n"),
                        "badges.yaml:7: unknown field 'points' in badge 'new-ideas'"),
                mistake("a missing icon", t -> t.replace("    icon: calendar\n", ""),
                        "badges.yaml:11: missing field 'icon' in badge 'planning'"),
                mistake("no badges", t -> t.substring(0, t.indexOf("badges:")),
                        "badges.yaml:1: missing field 'badges' in badges file"),
                mistake("an id unfit for links", t -> t.replace("id: planning", "id: Plan_ning"),
                        "badges.yaml:11: badge id 'Plan_ning' must be lower-case letters, digits and single hyphens"
                                + " (it is part of public links)"),
                mistake("a duplicate id", t -> t.replace("id: planning", "id: new-ideas"),
                        "badges.yaml:11: duplicate badge id 'new-ideas'"),
                mistake("an unknown competence", t -> t.replace("[ideas.new, action.plan]", "[ideas.new, action.plot]"),
                        "badges.yaml:12: badge 'planning' refers to unknown competence 'action.plot'"),
                mistake("an unknown icon", t -> t.replace("icon: bulb", "icon: rocket"),
                        "badges.yaml:6: badge 'new-ideas' has unknown icon 'rocket' (icons: eye, bulb, mountain,"
                                + " compass, flag, calendar, people, speech, phone, loop, star)"),
                mistake("a colour that is no colour", t -> t.replace("\"#1d4ed8\"", "blue"),
                        "badges.yaml:14: colour of badge 'planning' must be like \"#1D4ED8\", not 'blue'"),
                mistake("a relative alignment link", t -> t.replace("targetName: Planning and management, targetUrl:"
                        + " \"https://example.org/entrecomp\"", "targetName: Planning, targetUrl: /entrecomp"),
                        "badges.yaml:16: targetUrl of badge 'planning' must be an http(s) link, not '/entrecomp'"),
                mistake("an alignment without a name", t -> t.replace("targetName: Creativity,", ""),
                        "badges.yaml:9: missing field 'targetName' in alignment of badge 'new-ideas'"),
                mistake("no alignment", t -> t.replace("""
                            alignment:
                              - {targetName: Planning and management, targetUrl: "https://example.org/entrecomp"}
                        """, ""),
                        "badges.yaml:11: missing field 'alignment' in badge 'planning'"),
                mistake("a level outside the scale", t -> t.replace("level: 4", "level: 6"),
                        "badges.yaml:2: level must be 1 to 5, not 6"));
    }

    private static Arguments mistake(String what, UnaryOperator<String> edit, String... expected) {
        return Arguments.of(what, edit, List.of(expected));
    }
}
