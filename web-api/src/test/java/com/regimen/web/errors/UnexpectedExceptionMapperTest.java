package com.regimen.web.errors;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
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
    void otherSqlErrorsAreStillInternalErrors() {
        Response response = mapper.toResponse(new IllegalStateException("wrapped",
                new SQLException("Duplicate entry", "23000", 1062)));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(problem(response).code()).isEqualTo("INTERNAL_ERROR");
    }
}
