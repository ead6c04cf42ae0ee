package com.regimen.core.invoicing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

/**
 * The QR code ZATCA requires on a Saudi simplified tax invoice (phase 1): five TLV fields (tag and
 * length one byte each, the value UTF-8), base64 encoded: 1 seller's name, 2 VAT number, 3 time of
 * issue (ISO 8601), 4 total with VAT, 5 VAT total.
 */
public final class ZatcaQr {
    private ZatcaQr() {
    }

    public static String payload(TaxDocument document) {
        ByteArrayOutputStream tlv = new ByteArrayOutputStream();
        field(tlv, 1, document.sellerNameAr());
        field(tlv, 2, document.vatNumber());
        field(tlv, 3, document.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        field(tlv, 4, Money.decimal(document.gross(), document.currency()));
        field(tlv, 5, Money.decimal(document.vat(), document.currency()));
        return Base64.getEncoder().encodeToString(tlv.toByteArray());
    }

    /** The payload as a PNG QR code, {@code size} pixels square. */
    public static byte[] png(String payload, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("The QR payload does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(ByteArrayOutputStream out, int tag, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 255) {
            throw new IllegalArgumentException("TLV field " + tag + " is longer than 255 bytes");
        }
        out.write(tag);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }
}
