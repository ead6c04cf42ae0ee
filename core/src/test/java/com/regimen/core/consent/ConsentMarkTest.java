package com.regimen.core.consent;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentMarkTest {

    static byte[] png(int width, int height, boolean ink) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        if (ink) {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3));
            g.drawLine(10, height - 10, width - 10, 10);
            g.drawLine(10, 10, width / 2, height - 10);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String dataUrl(byte[] bytes) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static void refused(String dataUrl, String code) {
        assertThatThrownBy(() -> ConsentMark.parse(dataUrl)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("mark"));
        });
    }

    @Test
    void aDrawnMarkIsKeptAsAReEncodedPngOfTheSamePixels() throws IOException {
        byte[] drawn = png(600, 200, true);
        ConsentMark mark = ConsentMark.parse(dataUrl(drawn));
        assertThat(mark.width()).isEqualTo(600);
        assertThat(mark.height()).isEqualTo(200);
        assertThat(mark.sha256()).hasSize(64);
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(drawn));
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(mark.png()));
        for (int y = 0; y < 200; y += 7) {
            for (int x = 0; x < 600; x += 7) {
                assertThat(kept.getRGB(x, y)).isEqualTo(original.getRGB(x, y));
            }
        }
        assertThat(ConsentMark.parse(mark.dataUrl())).isEqualTo(mark);
    }

    @Test
    void anEmptyCanvasIsNotAMark() throws IOException {
        refused(dataUrl(png(600, 200, false)), "MARK_BLANK");
        BufferedImage white = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(white, "png", out);
        refused(dataUrl(out.toByteArray()), "MARK_BLANK");
    }

    @Test
    void anythingButASmallPngIsRefused() throws IOException {
        refused(null, "MARK_INVALID");
        refused("", "MARK_INVALID");
        refused("data:image/jpeg;base64,/9j/4AAQ", "MARK_INVALID");
        refused("M 10 10 L 20 20", "MARK_INVALID");
        refused("data:image/png;base64,@@not base64@@", "MARK_INVALID");
        byte[] noise = new byte[2000];
        new Random(7).nextBytes(noise);
        refused(dataUrl(noise), "MARK_INVALID");
        byte[] truncated = png(600, 200, true);
        refused(dataUrl(java.util.Arrays.copyOf(truncated, truncated.length / 2)), "MARK_INVALID");
        refused(dataUrl(png(60, 20, true)), "MARK_INVALID");
        refused(dataUrl(png(1700, 200, true)), "MARK_TOO_LARGE");
    }

    @Test
    void moreThan32KiBIsRefusedBeforeDecoding() {
        byte[] big = new byte[ConsentMark.MAX_BYTES + 1];
        new Random(1).nextBytes(big);
        refused(dataUrl(big), "MARK_TOO_LARGE");
        refused("data:image/png;base64," + "A".repeat(200_000), "MARK_TOO_LARGE");
    }

    @Test
    void aSmallFileDeclaringHugeDimensionsIsRefusedWithoutDecodingIt() throws IOException {
        byte[] bomb = png(600, 200, true);
        // IHDR is the first chunk: length(4) "IHDR"(4) width(4) height(4) ... crc(4), after the 8-byte signature.
        ByteBuffer buffer = ByteBuffer.wrap(bomb);
        buffer.putInt(16, 30_000);
        buffer.putInt(20, 30_000);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        refused(dataUrl(bomb), "MARK_TOO_LARGE");
    }
}
