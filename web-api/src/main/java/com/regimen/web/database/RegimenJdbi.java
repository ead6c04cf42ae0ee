package com.regimen.web.database;

import com.regimen.core.database.TransactionRetry;
import com.regimen.core.wiring.CoreDaos;
import org.jdbi.v3.core.Jdbi;
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

    /** @param statementTimeout how long any one statement may run, so no request holds a connection for ever */
    public static Jdbi configure(Jdbi jdbi, Duration statementTimeout) {
        CoreDaos.preload(jdbi);
        // Statement errors name the SQL but never the bound values: those include password hashes,
        // token hashes and patients' details, which must not reach the logs.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.SHORT_STATEMENT);
        jdbi.getConfig(SqlStatements.class).setQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
        // Every transaction at READ COMMITTED, run again when the database picks it as a deadlock victim.
        return TransactionRetry.install(jdbi);
    }
}
