package eu.skilltalk.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;

/** Baking: the assertion goes in as one uncompressed iTXt chunk and comes back out unchanged, accents and all. */
class BakedImagesTest {

    private static final String ASSERTION = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
            + "\"id\":\"https://example.org/badges/assertions/abc\",\"note\":\"Déjà vu, ça marche, Größe\"}";

    @Test
    void theAssertionComesBackOutOfTheImage() throws IOException {
        BufferedImage art = BadgeArtwork.draw("people", Color.decode("#1D4ED8"));

        byte[] png = BakedImages.bake(art, ASSERTION);

        List<IIOMetadataNode> chunks = BakedChunks.of(png);
        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).getAttribute("text")).isEqualTo(ASSERTION);
        assertThat(chunks.get(0).getAttribute("compressionFlag")).isEqualTo("FALSE");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getRGB(256, 256)).as("the picture is unchanged").isEqualTo(art.getRGB(256, 256));
        String raw = new String(png, StandardCharsets.ISO_8859_1);
        assertThat(raw).as("an iTXt chunk named openbadges, as badge backpacks look for").contains("iTXtopenbadges\0");
    }
}
