package com.regimen.core.database;

import java.time.Instant;

/**
 * What a backup file says about itself: when it was taken, the schema it holds (the last Liquibase
 * changeset applied), how many clinic chains it holds, and the SHA-256 of its SQL so that a damaged
 * file is refused before anything is restored.
 *
 * @param tenants the number of tenants when the backup began
 */
public record BackupManifest(int format, Instant createdAt, String database, String schemaVersion, long tenants,
                             String sqlSha256, long sqlBytes) {
    public static final int FORMAT = 1;
    public static final String MANIFEST_ENTRY = "manifest.json";
    public static final String SQL_ENTRY = "regimen.sql";
}
