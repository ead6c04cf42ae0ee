package com.regimen.core.database;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A failed statement's message names its SQL, never the values bound to it. */
class SqlErrorMessagesIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String SECRET = "reem.haddad@example.com";

    private static String failure(Jdbi jdbi) {
        return catchThrowableOfType(() -> jdbi.useHandle(h -> h.createUpdate(
                "/* probe */ INSERT INTO no_such_table (email) VALUES (:email)").bind("email", SECRET).execute()),
                StatementException.class).getMessage();
    }

    @Test
    void theStatementIsNamedAndTheBoundValueIsNot() {
        Jdbi jdbi = DB.jdbi();
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(SqlErrorMessages.WITHOUT_VALUES);
        String message = failure(jdbi);
        assertThat(message).contains("no_such_table").contains("INSERT INTO no_such_table");
        assertThat(message).doesNotContain(SECRET);
    }

    @Test
    void jdbisOwnShortStatementRenderingWouldHaveLoggedIt() {
        // Why the class exists: Jdbi's default, which the server used to set on purpose, appends the values.
        Jdbi jdbi = DB.jdbi();
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.SHORT_STATEMENT);
        assertThat(failure(jdbi)).contains(SECRET);
    }
}
