package eu.skilltalk.badge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import eu.skilltalk.content.SmsSegments;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.Competence;
import eu.skilltalk.dialog.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The badges SkillTalk ships: they cover every EntreComp area and communication, collaboration and digital
 * skills, every one has words in every language and artwork, the client's message fits one SMS, and a
 * missing text is reported where the badge is defined.
 */
class ShippedBadgesTest {

    private static final Content CONTENT = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));

    @Test
    void theShippedContentIsValid() {
        assertThat(CONTENT.problems()).isEmpty();
        assertThat(CONTENT.dialogs().badges().all()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyEntreCompAreaAndTheKeySkillsHaveABadge() {
        Set<String> covered = CONTENT.dialogs().badges().all().stream().flatMap(b -> b.competences().stream())
                .collect(Collectors.toSet());
        Set<String> areas = covered.stream().map(id -> CONTENT.dialogs().framework().competence(id).orElseThrow())
                .map(Competence::area).collect(Collectors.toSet());

        assertThat(areas).contains("entrecomp.1", "entrecomp.2", "entrecomp.3");
        assertThat(covered).contains("skills21.communication", "skills21.collaboration", "skills21.digital");
    }

    @Test
    void everyBadgeIsAlignedToAFrameworkCode() {
        for (BadgeClass badge : CONTENT.dialogs().badges().all()) {
            assertThat(badge.alignment()).as(badge.id()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.targetCode()).as(badge.id()).isNotBlank());
        }
    }

    @Test
    void theMessageWithARealLinkFitsOneSmsInEveryLanguage() {
        String link = "https://skilltalk.example.org/badges/assertions/" + RandomIds.id(16);
        for (String language : CONTENT.catalog().languages()) {
            for (BadgeClass badge : CONTENT.dialogs().badges().all()) {
                String message = CONTENT.catalog().render(language, "badges.earned",
                        Map.of("badge", CONTENT.catalog().render(language, badge.nameKey()), "link", link));
                assertThat(SmsSegments.count(message)).as(language + ": " + message).isEqualTo(1);
            }
        }
    }

    @Test
    void everyBadgeAndTheIssuerHaveSquareArtwork() throws IOException {
        BadgeArtwork artwork = new BadgeArtwork(CONTENT);

        for (String id : CONTENT.dialogs().badges().ids()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(artwork.of(id).orElseThrow().png()));
            assertThat(image.getWidth()).as(id).isEqualTo(BadgeArtwork.SIZE).isEqualTo(image.getHeight());
            assertThat(image.getRGB(BadgeArtwork.SIZE / 2, BadgeArtwork.SIZE / 2) >>> 24).as("opaque centre").isEqualTo(255);
            assertThat(image.getRGB(0, 0) >>> 24).as("transparent corner").isZero();
        }
        assertThat(artwork.of(BadgeArtwork.ISSUER)).isPresent();
    }

    @Test
    void everyIconHasADrawing() {
        for (String icon : BadgeClass.ICONS) {
            BufferedImage image = BadgeArtwork.draw(icon, java.awt.Color.BLUE);
            assertThat(image.getRGB(BadgeArtwork.SIZE / 2, BadgeArtwork.SIZE / 2)).as(icon).isNotZero();
        }
    }

    @Test
    void aMissingBadgeTextIsReportedWhereTheBadgeIsDefined(@TempDir Path copy) throws IOException {
        copyFolder(Path.of("dialogs"), copy.resolve("dialogs"));
        copyFolder(Path.of("locales"), copy.resolve("locales"));
        Path dutch = copy.resolve("locales/nl/badges.yaml");
        Files.writeString(dutch, Files.readString(dutch).replace("    criteria: \"Vertelde hoe hij of zij iets plande",
                "    kriteria: \"Vertelde hoe hij of zij iets plande"));

        List<String> problems = new ContentLoader().load(copy.resolve("dialogs"), copy.resolve("locales")).problems()
                .stream().map(Problem::toString).map(p -> p.replace(copy + "/", "")).toList();

        int line = CONTENT.dialogs().badges().find("planning").orElseThrow().line();
        assertThat(problems).contains("dialogs/badges.yaml:" + line + ": text key 'badge.planning.criteria' is missing"
                + " in nl");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
