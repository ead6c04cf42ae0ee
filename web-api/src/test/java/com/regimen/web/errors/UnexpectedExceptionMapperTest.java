package com.regimen.web.errors;

import com.regimen.core.database.RequestCommits;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement outside a transaction (which TransactionRetry cannot run again) that loses to
 * another transaction's locks: 503 DATABASE_BUSY with Retry-After, never a 500.
 */
class UnexpectedExceptionMapperTest {
    private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

    private static Problem problem(Response response) {
        return (Problem) response.getEntity();
    }

    @Test
    void aDeadlockVictimOrLockWaitTimeoutIsDatabaseBusy() {
        for (SQLException lost : new SQLException[]{
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213),
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205)}) {
            Response response = mapper.toResponse(new IllegalStateException("wrapped", lost));
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
            assertThat(problem(response).code()).isEqualTo("DATABASE_BUSY");
        }
    }

    @Test
    void aLostDatabaseSaysNothingChangedOnlyWhenNothingOfTheRequestCommitted() {
        SQLException lost = new SQLNonTransientConnectionException("Communications link failure", "08S01");
        try {
            RequestCommits.begin();
            Response before = mapper.toResponse(new IllegalStateException("wrapped", lost));
            assertThat(problem(before).code()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(problem(before).detail()).contains("Nothing was changed");

            // The request's transaction committed, then reading back its answer lost the database.
            RequestCommits.committed();
            Response after = mapper.toResponse(new IllegalStateException("wrapped", lost));
            assertThat(after.getStatus()).isEqualTo(503);
            assertThat(problem(after).code()).isEqualTo("COMMIT_OUTCOME_UNKNOWN");
            assertThat(problem(after).detail()).doesNotContain("Nothing was changed");
            assertThat(after.getHeaderString("Retry-After")).isEqualTo("2");

            RequestCommits.begin();
            assertThat(problem(mapper.toResponse(new IllegalStateException("wrapped", lost))).code())
                    .as("the next request on the thread starts clean").isEqualTo("DATABASE_UNAVAILABLE");
        } finally {
            RequestCommits.begin();
        }
    }

    @Test
    void otherSqlErrorsAreStillInternalErrors() {
        Response response = mapper.toResponse(new IllegalStateException("wrapped",
                new SQLException("Duplicate entry", "23000", 1062)));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem(response).code()).isEqualTo("INTERNAL_ERROR");
    }
}
