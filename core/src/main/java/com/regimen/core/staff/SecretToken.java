package com.regimen.core.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A bearer secret: a session token ({@code rgs_}) or an API key ({@code rgk_}). It names its
 * tenant in clear so the lookup stays inside one tenant's rows (and one shard); the random part
 * is 256 bits, so a plain SHA-256 is a safe stored form (a slow hash guards guessable passwords,
 * not random keys).
 */
public record SecretToken(String kind, String tenantId, String value) {
    public static final String SESSION = "rgs";
    public static final String API_KEY = "rgk";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static SecretToken generate(String kind, String tenantId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new SecretToken(kind, tenantId, kind + "_" + tenantId + "_" + random);
    }

    /** Reads a presented token; empty when it is not of our shape (and so cannot authenticate). */
    public static Optional<SecretToken> parse(String presented) {
        if (presented == null || presented.length() > 200) {
            return Optional.empty();
        }
        String[] parts = presented.split("_", 3);
        if (parts.length != 3 || !(SESSION.equals(parts[0]) || API_KEY.equals(parts[0]))
                || !com.regimen.core.ids.Ids.looksLikeId(parts[1]) || parts[2].length() < 40) {
            return Optional.empty();
        }
        return Optional.of(new SecretToken(parts[0], parts[1], presented));
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String lastFour() {
        return value.substring(value.length() - 4);
    }

    /** Never print the secret, whatever logs a record. */
    @Override
    public String toString() {
        return "SecretToken[" + kind + ", tenant " + tenantId + ", ..." + lastFour() + "]";
    }
}
