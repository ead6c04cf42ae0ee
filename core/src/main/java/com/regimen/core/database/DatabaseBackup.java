package com.regimen.core.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code db backup}: a consistent snapshot of the whole database, taken by mariadb-dump in one
 * transaction while the server keeps serving ({@code --single-transaction}: InnoDB's repeatable
 * read, no table locks), written as a zip of the SQL and a {@link BackupManifest}. The file
 * appears only once complete: it is written beside its name and moved into place at the end.
 */
public final class DatabaseBackup {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Clock clock;

    public DatabaseBackup(Clock clock) {
        this.clock = clock;
    }

    public BackupManifest backUp(DatabaseAddress address, Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new BackupException("The backup file " + target + " already exists; choose a new name");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BackupException("The directory " + target.getParent() + " does not exist");
        }
        DatabaseTool dump = DatabaseTool.find(address, "mariadb-dump", "mysqldump");
        String database = address.database();
        SchemaFacts facts = SchemaFacts.read(address);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (ClientOptionsFile options = ClientOptionsFile.forAddress(address)) {
            Path stderr = Files.createTempFile("regimen-dump-", ".err");
            try {
                BackupManifest manifest = writeZip(dump, options, database, facts, partial, stderr);
                moveIntoPlace(partial, target);
                return manifest;
            } finally {
                Files.deleteIfExists(stderr);
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new BackupException("Could not write the backup " + target + ": " + e.getMessage(), e);
        }
    }

    private BackupManifest writeZip(DatabaseTool dump, ClientOptionsFile options, String database, SchemaFacts facts,
                                    Path partial, Path stderr) throws IOException {
        Process process = dump.process(options, List.of("--single-transaction", "--quick", "--routines", "--triggers",
                        "--hex-blob", "--no-tablespaces", "--skip-dump-date", database))
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        MessageDigest sha256 = sha256();
        long bytes;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(BackupManifest.SQL_ENTRY));
            try (InputStream sql = process.getInputStream()) {
                // Not closed: closing it would close the zip.
                bytes = sql.transferTo(new DigestOutputStream(zip, sha256));
            }
            zip.closeEntry();
            int exit = waitFor(process);
            if (exit != 0) {
                throw new BackupException("mariadb-dump failed (exit " + exit + "): " + DatabaseTool.tail(stderr));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant(), database,
                    facts.schemaVersion(), facts.tenants(), HexFormat.of().formatHex(sha256.digest()), bytes);
            zip.putNextEntry(new ZipEntry(BackupManifest.MANIFEST_ENTRY));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            return manifest;
        } finally {
            process.destroy();
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new BackupException("Interrupted", e);
        }
    }

    /** The schema version and the number of tenants, as the database holds them now. */
    record SchemaFacts(String schemaVersion, long tenants) {
        static SchemaFacts read(DatabaseAddress address) {
            try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
                 Statement statement = connection.createStatement()) {
                String version;
                try (ResultSet rows = statement.executeQuery(
                        "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC LIMIT 1")) {
                    version = rows.next() ? rows.getString(1) : "";
                }
                long tenants;
                // Counting all tenants is the point here: an operator's view of the whole database.
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM tenants")) {
                    rows.next();
                    tenants = rows.getLong(1);
                }
                return new SchemaFacts(version, tenants);
            } catch (SQLException e) {
                throw new BackupException("Could not read the schema version and tenants from " + address.database()
                        + " (is it a migrated Regimen database?): " + e.getMessage(), e);
            }
        }
    }
}
