package com.regimen.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The database tools' sign-in, in an option file only the owner can read, passed with
 * {@code --defaults-extra-file}: a password on the command line is visible to every local user in
 * {@code ps}. Deleted when closed.
 */
final class ClientOptionsFile implements AutoCloseable {
    private final Path directory;
    private final Path file;

    private ClientOptionsFile(Path directory, Path file) {
        this.directory = directory;
        this.file = file;
    }

    static ClientOptionsFile forAddress(DatabaseAddress address) {
        for (String value : new String[] {address.user(), address.password(), address.hostName()}) {
            if (value != null && (value.contains("\n") || value.contains("\r"))) {
                throw new BackupException("The database user, password or host contains a line break");
            }
        }
        try {
            Path directory = Files.createTempDirectory("regimen-db-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = directory.resolve("client.cnf");
            StringBuilder options = new StringBuilder("[client]\n")
                    .append("user=").append(quoted(address.user())).append('\n')
                    .append("password=").append(quoted(address.password() == null ? "" : address.password())).append('\n')
                    .append("host=").append(address.hostName()).append('\n')
                    .append("port=").append(address.port()).append('\n')
                    .append("protocol=TCP\n")
                    .append("default-character-set=utf8mb4\n");
            if (address.withoutTls()) {
                options.append("skip-ssl\n");
            }
            RootPassword.writeOwnerOnly(file, options.toString());
            return new ClientOptionsFile(directory, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the database tools' option file", e);
        }
    }

    /** MariaDB option files take a double-quoted value with backslash escapes. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The option that must come first on the tool's command line. */
    String option() {
        return "--defaults-extra-file=" + file;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the database tools' option file " + file, e);
        }
    }
}
