package com.regimen.web.database;

import com.regimen.core.database.DaosBuiltOnce;
import com.regimen.core.database.NamedStatements;
import com.regimen.core.database.SqlErrorMessages;
import com.regimen.core.database.TransactionRetry;
import com.regimen.core.wiring.CoreDaos;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.db.PooledDataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;

import java.time.Duration;

/**
 * The one place a Jdbi is made ready for Regimen's services, for the server and for every command
 * that runs them (reconcile-payments had its own copy, which skipped the metadata preload and let
 * bound values into SQL error logs).
 */
public final class RegimenJdbi {
    private RegimenJdbi() {
    }

    /**
     * Dropwizard's Jdbi (SQL object and Guava plugins, timings in the metrics, a health check, the pool
     * stopped with the environment), made ready by {@link #configure}.
     */
    public static Jdbi build(Environment environment, PooledDataSourceFactory database, ManagedDataSource dataSource,
                             Duration statementTimeout) {
        return configure(new JdbiFactory().build(environment, database, dataSource, "database"), statementTimeout);
    }

    /** @param statementTimeout how long any one statement may run, so no request holds a connection for ever */
    private static Jdbi configure(Jdbi jdbi, Duration statementTimeout) {
        // In place of Dropwizard's NamePrependingTemplateEngine (same comments, parsed once).
        jdbi.setTemplateEngine(new NamedStatements(new DefinedAttributeTemplateEngine()));
        CoreDaos.preload(jdbi);
        DaosBuiltOnce.install(jdbi);
        // Statement errors name the SQL but never the bound values: those include password hashes,
        // token hashes and patients' details, which must not reach the logs.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(SqlErrorMessages.WITHOUT_VALUES);
        jdbi.getConfig(SqlStatements.class).setQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
        // Every transaction at READ COMMITTED, run again when the database picks it as a deadlock victim.
        return TransactionRetry.install(jdbi);
    }
}
