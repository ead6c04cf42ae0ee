package com.regimen.web.errors;

import com.regimen.core.database.RequestCommits;
import com.regimen.core.database.TransactionRetry;
import com.regimen.core.errors.DomainException;
import com.regimen.web.health.JvmHealth;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Anything no other mapper claimed. A lost database answers 503 DATABASE_UNAVAILABLE and a
 * statement that lost to another transaction's locks 503 DATABASE_BUSY, so clients retry; everything else is a 500 whose body says only an error id, which the log line carries
 * with the stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final JvmHealth jvmHealth;

    /** For wrapping mappers that only need the answer, not the JVM's health. */
    public UnexpectedExceptionMapper() {
        this(null);
    }

    /** @param jvmHealth told of fatal errors (OutOfMemoryError) that a request ran into */
    public UnexpectedExceptionMapper(JvmHealth jvmHealth) {
        this.jvmHealth = jvmHealth;
    }

    @Override
    public Response toResponse(Throwable e) {
        if (jvmHealth != null) {
            jvmHealth.record(e);
        }
        if (StatementTimeouts.isTimeout(e)) {
            return Response.fromResponse(ProblemResponses.of(Problem.of(503, "REQUEST_TIMED_OUT",
                    "Service unavailable", "The request took longer than the server allows and was stopped. "
                            + "Nothing was changed; try again, or ask for less.")))
                    .header("Retry-After", 2).build();
        }
        if (TransactionRetry.isLockConflict(e)) {
            // A single statement outside a transaction (which TransactionRetry runs again) lost to
            // another's locks: nothing was written, so the client may retry.
            LOG.warn("Statement lost to another transaction's locks: {}", e.getClass().getSimpleName());
            DomainException busy = TransactionRetry.busy();
            return Response.fromResponse(ProblemResponses.of(Problem.of(503, busy.code(), "Service unavailable",
                    busy.getMessage()))).header("Retry-After", 1).build();
        }
        if (isDatabaseUnavailable(e) && RequestCommits.any()) {
            // Something of this request was saved before the database went: "nothing was changed"
            // would be false, and a client repeating it could book or charge twice.
            LOG.warn("Database lost after this request committed: {}", e.getClass().getSimpleName());
            return new DomainExceptionMapper().toResponse(TransactionRetry.outcomeUnknown());
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warn("Database unavailable: {}", e.getClass().getSimpleName());
            return Response.fromResponse(ProblemResponses.of(Problem.of(503, "DATABASE_UNAVAILABLE",
                    "Service unavailable", "The database cannot be reached. Nothing was changed; try again shortly.")))
                    .header("Retry-After", 2).build();
        }
        if (isUnmatchableId(e)) {
            return ProblemResponses.of(Problem.of(404, "NOT_FOUND", "Not found",
                    "No record has that id: ids are plain ASCII."));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected error {}", errorId, e);
        return ProblemResponses.of(Problem.of(500, "INTERNAL_ERROR", "Server error",
                "Something went wrong on our side. Quote error id " + errorId + " to support.",
                java.util.List.of(), Map.of("errorId", errorId)));
    }

    /**
     * Ids and codes live in ASCII columns; a value with other characters cannot be converted for the
     * comparison and MariaDB refuses the query ("illegal mix of collations") instead of finding
     * nothing. Nothing can have such an id, so it is not found.
     */
    static boolean isUnmatchableId(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == 1267 || sql.getErrorCode() == 1270
                    || sql.getErrorCode() == 1271)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        return TransactionRetry.isConnectionLost(e);
    }
}
