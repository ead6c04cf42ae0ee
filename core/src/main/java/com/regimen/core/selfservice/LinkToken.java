package com.regimen.core.selfservice;

import com.regimen.core.ids.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret in a patient's self-service link ({@code rgp_<tenantId>_<256 random bits>}), made like
 * an API key: only its SHA-256 is stored, so a copy of the database opens no link, and any change to
 * it (a tampered link) names no stored row. The tenant is in clear so the lookup stays in one
 * tenant's rows; naming another tenant finds nothing there.
 */
public record LinkToken(String tenantId, String value) {
    static final String PREFIX = "rgp";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_CHARS = 43; // 32 bytes, base64url without padding

    static LinkToken generate(String tenantId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new LinkToken(tenantId, PREFIX + "_" + tenantId + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Empty when it is not of our shape, which opens nothing, like a wrong token. */
    public static Optional<LinkToken> parse(String presented) {
        if (presented == null || presented.length() > 100) {
            return Optional.empty();
        }
        String[] parts = presented.split("_", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0]) || !Ids.looksLikeId(parts[1])
                || parts[2].length() != RANDOM_CHARS || !parts[2].chars().allMatch(LinkToken::base64url)) {
            return Optional.empty();
        }
        return Optional.of(new LinkToken(parts[1], presented));
    }

    private static boolean base64url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Never print the secret, whatever logs a record. */
    @Override
    public String toString() {
        return "LinkToken[tenant " + tenantId + "]";
    }
}
