package com.regimen.web.commands;

import com.regimen.core.database.BackupManifest;
import com.regimen.core.database.DatabaseAddress;
import com.regimen.core.database.DatabaseRestore;
import com.regimen.web.config.RegimenConfiguration;
import io.dropwizard.db.DataSourceFactory;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

import java.nio.file.Path;

/**
 * {@code db restore config.yml --file FILE}: loads a backup into the configured database, which
 * must be empty (a new EMBEDDED_DB_DIR, or a new database on an external server).
 */
public final class RestoreCommand {
    static final String NAME = "restore";

    private RestoreCommand() {
    }

    static void configure(Subparser parser) {
        parser.description("Restore a backup into the configured database, which must be empty");
        parser.addArgument("file").nargs("?").help("application configuration file");
        parser.addArgument("--file").dest("backupFile").required(true).help("the backup file written by db backup");
    }

    static String run(Namespace namespace, RegimenConfiguration config) {
        DataSourceFactory database = config.getDataSourceFactory();
        DatabaseAddress address = new DatabaseAddress(database.getUrl(), database.getUser(), database.getPassword(),
                config.getDatabaseLocator().embeddedBaseDir());
        BackupManifest manifest = new DatabaseRestore().restore(address, Path.of(namespace.getString("backupFile")));
        return String.format("Restored %s into %s: %d tenants, schema version %s, as of %s", manifest.database(),
                address.database(), manifest.tenants(), manifest.schemaVersion(), manifest.createdAt());
    }
}
