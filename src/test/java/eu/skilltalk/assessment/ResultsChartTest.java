package eu.skilltalk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import eu.skilltalk.dialog.Competence;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart is a square PNG a phone shows at full width, with something drawn on it. */
class ResultsChartTest {

    private static final Content CONTENT = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));

    @Test
    void everyCompetenceOnOneReadablePicture() throws IOException {
        List<Competence> all = CONTENT.dialogs().framework().competences();
        List<Summary.Scored> scored = all.stream()
                .map(c -> new Summary.Scored(c.id(), 1 + (c.id().length() % 5), 3, 0)).toList();
        Summary summary = new Summary("cleaner", scored, List.of(), List.of(), false);

        byte[] png = new ResultsChart(CONTENT.catalog()).png(summary, "de");
        Files.write(Path.of("target/results-chart-de.png"), png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ResultsChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ResultsChart.HEIGHT);
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                drawn += image.getRGB(x, y) == 0xFFFFFFFF ? 0 : 1;
            }
        }
        assertThat(drawn).as("pixels that are not white").isGreaterThan(10_000);
    }

    @Test
    void fewerThanThreeCompetencesMakeNoChart() {
        Summary two = new Summary("cleaner", List.of(new Summary.Scored("a", 3, 3, 0), new Summary.Scored("b", 3, 3, 0)),
                List.of(), List.of(), false);

        assertThat(ResultsChart.drawable(two)).isFalse();
    }
}
