package com.regimen.core.database;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

import java.util.List;

/**
 * Builds every DAO's SQL-object metadata once, on the Jdbi itself. Jdbi caches that metadata in
 * the configuration, but each Handle works on a copy of it, so a DAO first attached on a handle
 * is reflected over again on every new handle: the booking benchmark found a third of the
 * server's CPU there. Built here, every handle's copy starts with it.
 */
public final class SqlObjectMetadata {

    private SqlObjectMetadata() {
    }

    public static Jdbi preload(Jdbi jdbi, List<Class<?>> daos) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        ExtensionFactory factory = extensions.findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("the SqlObjectPlugin is not installed"));
        daos.forEach(dao -> extensions.findMetadata(dao, factory));
        return jdbi;
    }
}
