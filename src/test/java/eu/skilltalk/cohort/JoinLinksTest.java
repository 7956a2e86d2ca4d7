package eu.skilltalk.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JoinLinksTest {

    private final Cohort cohort = new Cohort("c1", "May", "K7MPX3", "coach", Instant.EPOCH);

    @Test
    void theTelegramLinkStartsTheBotWithTheJoinCode() {
        assertThat(new JoinLinks(new TelegramLinkProperties("@SkillTalkBot")).telegram(cohort))
                .hasValue("https://t.me/SkillTalkBot?start=K7MPX3");
        assertThat(new JoinLinks(new TelegramLinkProperties(null)).telegram(cohort)).isEmpty();
    }

    @Test
    void theQrCodeScansBackToTheLink() throws Exception {
        byte[] png = new JoinLinks(new TelegramLinkProperties("SkillTalkBot")).qrPng("https://t.me/SkillTalkBot?start=K7MPX3");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();

        assertThat(decoded).isEqualTo("https://t.me/SkillTalkBot?start=K7MPX3");
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(250);
    }
}
