package com.regimen.web.errors;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * Recognises a database statement stopped by its time limit: the driver's query timeout
 * (SQLTimeoutException), or MariaDB's max_statement_time (error 1969) when a deployment sets it.
 */
final class StatementTimeouts {
    private static final int MARIADB_STATEMENT_TIMEOUT = 1969;

    private StatementTimeouts() {
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == MARIADB_STATEMENT_TIMEOUT) {
                return true;
            }
        }
        return false;
    }
}
