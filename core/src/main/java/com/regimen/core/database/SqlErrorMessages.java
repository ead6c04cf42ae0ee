package com.regimen.core.database;

import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

import java.util.function.Function;

/**
 * How a failed statement describes itself in its exception, and so in the logs: the driver's message
 * and the SQL with its placeholders, never the bound values (password and token hashes, patients'
 * names, phones and e-mail addresses).
 *
 * <p>Why a class of our own: Jdbi's {@code MessageRendering.SHORT_STATEMENT}, its default, which the
 * server had chosen believing it left the values out, appends every argument ({@code arguments:{...}});
 * a deadlocked message update logged a patient's e-mail address that way.
 */
public final class SqlErrorMessages implements Function<StatementException, String> {
    /** The one rendering Regimen's Jdbi uses. */
    public static final SqlErrorMessages WITHOUT_VALUES = new SqlErrorMessages();
    private static final int SQL_LIMIT = 1024;

    private SqlErrorMessages() {
    }

    @Override
    public String apply(StatementException e) {
        StatementContext context = e.getStatementContext();
        String sql = context == null ? null : context.getRenderedSql();
        if (sql == null) {
            return e.getShortMessage();
        }
        String shown = sql.length() > SQL_LIMIT ? sql.substring(0, SQL_LIMIT) + "[...]" : sql;
        return e.getShortMessage() + " [statement:\"" + shown + "\"]";
    }
}
