package com.regimen.web.testing;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Drawn marks as the desk's canvas sends them: PNG data URLs. */
public final class Marks {
    private Marks() {
    }

    /** A scribble on a 600 × 200 transparent canvas. */
    public static String scribble() {
        return dataUrl(image(600, 200, true));
    }

    /** A canvas nobody drew on. */
    public static String blank() {
        return dataUrl(image(600, 200, false));
    }

    public static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    static byte[] image(int width, int height, boolean ink) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        if (ink) {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3));
            g.drawLine(20, height - 20, width / 3, 20);
            g.drawLine(width / 3, 20, width / 2, height - 30);
            g.drawLine(width / 2, height - 30, width - 20, 40);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
