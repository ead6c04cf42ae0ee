package com.regimen.core.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded server's root password: generated once, kept in a file readable by its owner only
 * beside the data directory, and (re)applied at every start through mariadbd's init file, so a data
 * directory made before passwords existed gets one on its first start after the upgrade.
 */
public final class RootPassword {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RootPassword() {
    }

    /** The password kept in {@code file}, made and stored first if there is none. */
    public static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!kept.matches("[A-Za-z0-9_-]{32,}")) {
                    throw new IllegalStateException("The database password file " + file
                            + " is damaged; restore it from a backup of this machine or remove it to set a new one");
                }
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                return kept;
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            writeOwnerOnly(file, password + "\n");
            return password;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or write the database password file " + file, e);
        }
    }

    /** The password kept in {@code file}, which a running server's owner made. */
    public static String load(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("The database is running but its password file " + file + " is missing");
        }
        return loadOrCreate(file);
    }

    /** Writes {@code text} to {@code file}, readable by its owner only from the first byte, replacing it atomically. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".regimen-", ".partial",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The statements mariadbd runs at start-up: root over TCP from 127.0.0.1 only, with this
     * password, and no anonymous accounts. Idempotent, so they run at every start.
     */
    static String initStatements(String password) {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("unexpected characters in the generated password");
        }
        return "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '" + password + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n"
                + "DROP USER IF EXISTS ''@'localhost';\n"
                + "DROP USER IF EXISTS 'root'@'%';\n";
    }
}
