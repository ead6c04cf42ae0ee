package com.regimen.web.commands;

import com.regimen.core.database.BackupManifest;
import com.regimen.core.database.DatabaseAddress;
import com.regimen.core.database.DatabaseBackup;
import com.regimen.web.config.RegimenConfiguration;
import io.dropwizard.db.DataSourceFactory;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code db backup config.yml --file FILE}: a consistent snapshot of the database (embedded or
 * external) while the server runs, written to FILE (a zip of the SQL and a manifest).
 */
public final class BackupCommand {
    static final String NAME = "backup";

    private BackupCommand() {
    }

    static void configure(Subparser parser) {
        parser.description("Write a consistent backup of the database (while the server runs) to a new file");
        parser.addArgument("file").nargs("?").help("application configuration file");
        parser.addArgument("--file").dest("backupFile").required(true)
                .help("the backup file to write (must not exist yet), e.g. backups/regimen-2026-11-29.zip");
    }

    static String run(Namespace namespace, RegimenConfiguration config) {
        DataSourceFactory database = config.getDataSourceFactory();
        DatabaseAddress address = new DatabaseAddress(database.getUrl(), database.getUser(), database.getPassword(),
                config.getDatabaseLocator().embeddedBaseDir());
        BackupManifest manifest = new DatabaseBackup(Clock.systemUTC())
                .backUp(address, Path.of(namespace.getString("backupFile")));
        return String.format("Backed up %s: %d tenants, schema version %s, taken at %s, to %s", manifest.database(),
                manifest.tenants(), manifest.schemaVersion(), manifest.createdAt(),
                Path.of(namespace.getString("backupFile")).toAbsolutePath().normalize());
    }
}
