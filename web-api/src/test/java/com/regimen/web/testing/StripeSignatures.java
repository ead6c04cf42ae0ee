package com.regimen.web.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Signs webhook payloads with Stripe's scheme: HMAC-SHA256 of "timestamp.payload", header "t=..,v1=..". */
public final class StripeSignatures {
    private StripeSignatures() {
    }

    public static String header(String secret, String payload, long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = HexFormat.of().formatHex(mac.doFinal((epochSeconds + "." + payload)
                    .getBytes(StandardCharsets.UTF_8)));
            return "t=" + epochSeconds + ",v1=" + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
