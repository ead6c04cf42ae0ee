package com.regimen.core.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code db restore}: loads a {@link DatabaseBackup} file into an empty database (a new embedded
 * data directory, or an empty database on an external server) with the mariadb client. A damaged
 * file is refused before anything is written (its SHA-256 against the manifest); a database that
 * already holds tables is refused; a restore that fails part-way leaves the database empty again.
 */
public final class DatabaseRestore {

    public BackupManifest restore(DatabaseAddress address, Path file) {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("There is no backup file " + source);
        }
        DatabaseTool client = DatabaseTool.find(address, "mariadb", "mysql");
        String database = address.database();
        try (ZipFile zip = new ZipFile(source.toFile())) {
            BackupManifest manifest = manifest(zip, source);
            ZipEntry sql = zip.getEntry(BackupManifest.SQL_ENTRY);
            verifyChecksum(zip, sql, manifest, source);
            long tables = tableCount(address, database);
            if (tables > 0) {
                throw new BackupException("The database " + database + " already holds " + tables + " tables: a backup "
                        + "is restored only into an empty database (an empty data directory, or a new database)");
            }
            load(client, address, zip, sql, database);
            return manifest;
        } catch (java.util.zip.ZipException e) {
            throw new BackupException(source + " is not a Regimen backup (not a zip file): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("Could not read the backup " + source + ": " + e.getMessage(), e);
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path source) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.MANIFEST_ENTRY);
        if (entry == null || zip.getEntry(BackupManifest.SQL_ENTRY) == null) {
            throw new BackupException(source + " is not a complete Regimen backup (no manifest or no SQL in it)");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = DatabaseBackup.JSON.readValue(in, BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupException(source + " has an unreadable manifest: " + e.getOriginalMessage(), e);
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new BackupException(source + " is a backup of format " + manifest.format() + "; this version reads "
                    + BackupManifest.FORMAT);
        }
        return manifest;
    }

    private static void verifyChecksum(ZipFile zip, ZipEntry sql, BackupManifest manifest, Path source) throws IOException {
        MessageDigest sha256 = DatabaseBackup.sha256();
        try (InputStream in = zip.getInputStream(sql)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equals(manifest.sqlSha256())) {
            throw new BackupException(source + " is damaged: its SQL does not match the checksum in its manifest");
        }
    }

    private static void load(DatabaseTool client, DatabaseAddress address, ZipFile zip, ZipEntry sql, String database)
            throws IOException {
        Path stderr = Files.createTempFile("regimen-restore-", ".err");
        try (ClientOptionsFile options = ClientOptionsFile.forAddress(address)) {
            Process process = client.process(options, List.of("--binary-mode", "--database=" + database))
                    .redirectError(stderr.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (InputStream in = zip.getInputStream(sql); OutputStream toClient = process.getOutputStream()) {
                in.transferTo(toClient);
            } catch (IOException e) {
                // The client quit early (its error is in stderr); its exit code says the rest.
            }
            int exit = DatabaseBackup.waitFor(process);
            if (exit != 0) {
                String reason = DatabaseTool.tail(stderr);
                emptyAgain(address, database);
                throw new BackupException("The restore failed and was undone (exit " + exit + "): " + reason);
            }
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    static long tableCount(DatabaseAddress address, String database) {
        try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
             var query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new BackupException("Could not reach the database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Drops what a failed restore created: the database was empty before it began. */
    private static void emptyAgain(DatabaseAddress address, String database) {
        try (Connection connection = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE()")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS `" + table.replace("`", "``") + "`");
            }
        } catch (SQLException e) {
            throw new BackupException("The restore failed and the database " + database + " could not be emptied "
                    + "again; empty it before another attempt: " + e.getMessage(), e);
        }
    }
}
