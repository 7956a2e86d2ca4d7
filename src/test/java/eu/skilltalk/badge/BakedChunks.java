package eu.skilltalk.badge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Reads baked badges back, as a backpack does: every iTXt entry with the keyword {@code openbadges}. */
public final class BakedChunks {

    private BakedChunks() {
    }

    public static List<IIOMetadataNode> of(byte[] png) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in);
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            List<IIOMetadataNode> found = new ArrayList<>();
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                for (Node entry = chunk.getFirstChild(); chunk.getNodeName().equals("iTXt") && entry != null;
                        entry = entry.getNextSibling()) {
                    if (((IIOMetadataNode) entry).getAttribute("keyword").equals("openbadges")) {
                        found.add((IIOMetadataNode) entry);
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }
}
