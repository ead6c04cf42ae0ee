package com.regimen.core.consent;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The patient's drawn mark, as the UI's canvas sends it: a PNG data URL. It is read only after its
 * header says it is small (a 30 KiB PNG can declare a 30,000-pixel square and exhaust memory when
 * decoded), it must carry some ink, and it is stored re-encoded, so nothing but pixels is kept.
 *
 * @param png    the re-encoded image
 * @param sha256 hex, printed on the signed form so a copy can be matched to the record
 */
public record ConsentMark(byte[] png, String sha256, int width, int height) {
    static final String PREFIX = "data:image/png;base64,";
    /** Decoded size limit; a signature drawn on the desk's canvas is a few KiB. */
    static final int MAX_BYTES = 32 * 1024;
    static final int MAX_WIDTH = 1600;
    static final int MAX_HEIGHT = 800;
    static final int MIN_WIDTH = 100;
    static final int MIN_HEIGHT = 40;
    /** Fewer inked pixels than this is an empty canvas or a stray tap, not a mark. */
    static final int MIN_INKED_PIXELS = 30;

    /** @throws DomainException 400 MARK_INVALID, MARK_TOO_LARGE or MARK_BLANK, naming the field {@code mark} */
    public static ConsentMark parse(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            throw refused("MARK_INVALID", "is required: the patient's mark, drawn on the canvas, as a PNG data URL");
        }
        if (!dataUrl.startsWith(PREFIX)) {
            throw refused("MARK_INVALID", "must be a PNG data URL (data:image/png;base64,...)");
        }
        String encoded = dataUrl.substring(PREFIX.length());
        // Base64 of MAX_BYTES is 4/3 as long: refuse before decoding what cannot fit.
        if (encoded.length() > (MAX_BYTES / 3 + 1) * 4) {
            throw tooLarge();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw refused("MARK_INVALID", "is not valid base64");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        BufferedImage image = read(bytes);
        if (inkedPixels(image) < MIN_INKED_PIXELS) {
            throw refused("MARK_BLANK", "is empty: the patient draws their mark on the canvas");
        }
        byte[] png = encode(image);
        return new ConsentMark(png, sha256(png), image.getWidth(), image.getHeight());
    }

    public String dataUrl() {
        return PREFIX + Base64.getEncoder().encodeToString(png);
    }

    private static BufferedImage read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_WIDTH || height > MAX_HEIGHT) {
                    throw refused("MARK_TOO_LARGE", "must be at most " + MAX_WIDTH + " × " + MAX_HEIGHT
                            + " pixels");
                }
                if (width < MIN_WIDTH || height < MIN_HEIGHT) {
                    throw refused("MARK_INVALID", "must be at least " + MIN_WIDTH + " × " + MIN_HEIGHT + " pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refusal) {
                throw refusal;
            }
            throw refused("MARK_INVALID", "is not a readable PNG image");
        }
    }

    /** Ink is any pixel that is neither transparent nor near white (a canvas may be cleared to either). */
    private static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (alpha > 64 && (r < 200 || g < 200 || b < 200)) {
                    inked++;
                }
            }
        }
        return inked;
    }

    private static byte[] encode(BufferedImage image) {
        BufferedImage clean = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        clean.getGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(clean, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a PNG in memory", e);
        }
        if (out.size() > 2 * MAX_BYTES) {
            throw tooLarge();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainException tooLarge() {
        return refused("MARK_TOO_LARGE", "must be a PNG of at most " + MAX_BYTES / 1024 + " KiB");
    }

    private static DomainException refused(String code, String message) {
        return new DomainException(ErrorKind.INVALID, code, "The drawn mark " + message + ".",
                List.of(new FieldError("mark", message)), Map.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentMark m && m.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "ConsentMark[" + width + "x" + height + ", sha256=" + sha256 + "]";
    }
}
