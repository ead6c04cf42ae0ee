package com.regimen.core.staff;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id password hashes (Bouncy Castle's implementation) in the PHC string format, so the
 * parameters travel with each hash and can be raised later without breaking old ones.
 */
public final class PasswordHasher {
    // OWASP's minimum recommendation for Argon2id: 19 MiB, 2 passes, 1 lane.
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final HashingGate gate;
    /** Checked when no account matches, so a missing email costs the same time as a wrong password. */
    private final String decoy;

    public PasswordHasher() {
        this(HashingGate.standard());
    }

    /** @param gate every hash and verification waits its turn here, so their memory is bounded */
    public PasswordHasher(HashingGate gate) {
        this.gate = gate;
        this.decoy = hashUngated("decoy password that matches nothing");
    }

    /** @throws com.regimen.core.errors.DomainException 503 SIGN_IN_BUSY when too many hashes are running */
    public String hash(String password) {
        return gate.run(() -> hashUngated(password));
    }

    private String hashUngated(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** @throws com.regimen.core.errors.DomainException 503 SIGN_IN_BUSY when too many hashes are running */
    public boolean verify(String password, String encoded) {
        return gate.run(() -> verifyUngated(password, encoded));
    }

    private boolean verifyUngated(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        for (String parameter : parts[3].split(",")) {
            String[] kv = parameter.split("=");
            int value = Integer.parseInt(kv[1]);
            switch (kv[0]) {
                case "m" -> memory = value;
                case "t" -> iterations = value;
                case "p" -> parallelism = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] expected = B64D.decode(parts[5]);
        byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends a verification's time against a hash that matches nothing. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
