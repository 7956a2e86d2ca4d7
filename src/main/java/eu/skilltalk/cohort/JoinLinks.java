package eu.skilltalk.cohort;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** The ways into a cohort besides typing the code: a Telegram deep link and a QR code of it. */
@Component
public class JoinLinks {

    private static final int PIXELS_PER_MODULE = 10;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private final TelegramLinkProperties telegram;

    JoinLinks(TelegramLinkProperties telegram) {
        this.telegram = telegram;
    }

    /** {@code https://t.me/<bot>?start=<code>}, when a bot username is configured. */
    public Optional<String> telegram(Cohort cohort) {
        String bot = telegram.botUsername();
        if (bot == null || bot.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("https://t.me/" + bot.strip().replaceFirst("^@", "") + "?start=" + cohort.joinCode());
    }

    /** A PNG QR code of {@code text}, big enough to scan from the back of a room when projected. */
    public byte[] qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            int size = matrix.getWidth() * PIXELS_PER_MODULE;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.setRGB(x, y, matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? BLACK : WHITE);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of this text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
