package com.regimen.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.regimen.core.database.TransactionRetry;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.idempotency.IdempotencyKeys;
import com.regimen.core.idempotency.IdempotencyOutcome;
import com.regimen.web.api.ShownOnce;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.errors.Problem;
import com.regimen.web.errors.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Runs after authentication (the key is scoped to the caller's tenant) and before the resource:
 * a new key is claimed, a finished one replays its stored answer, a reused key with another body
 * is refused. Answers of 5xx are not stored, so a retry after our failure runs again. Answers
 * that show a secret once ({@link ShownOnce}) are stored, and so replayed, without it.
 */
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    /** Unauthenticated creating calls (signup) share one scope. */
    private static final String PUBLIC_SCOPE = "-";

    private final IdempotencyKeys keys;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    private record Claim(String scope, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = request.getSecurityContext().getUserPrincipal() instanceof StaffPrincipal principal
                ? principal.identity().tenantId() : PUBLIC_SCOPE;
        IdempotencyOutcome outcome = keys.begin(scope, key, fingerprint(request, body));
        // Java 17 has no pattern switch; the outcome types are sealed, so this chain is complete.
        if (outcome instanceof IdempotencyOutcome.Proceed) {
            request.setProperty(CLAIM, new Claim(scope, key));
        } else if (outcome instanceof IdempotencyOutcome.Replay replay) {
            request.abortWith(Response.status(replay.status())
                    .type(replay.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true")
                    .entity(replay.body())
                    .build());
        } else if (outcome instanceof IdempotencyOutcome.KeyReused) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used with a different request. Use a new key for a new request.");
        } else {
            request.abortWith(ProblemResponses.of(Problem.of(409, "IDEMPOTENCY_KEY_IN_USE", "Conflict",
                    "A request with this Idempotency-Key is still being processed. Retry in a moment.")));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        // The commit's outcome is unknown: released, a retry could do the work a second time; kept,
        // a retry with this key is refused until the key expires, and the client looks instead.
        if (response.getEntity() instanceof Problem problem
                && TransactionRetry.COMMIT_OUTCOME_UNKNOWN.equals(problem.code())) {
            return;
        }
        // A rate limit's 429 says "not now", not how the request turned out: kept, a retry with the
        // same key after Retry-After would get the 429 again for as long as the key is stored.
        if (response.getStatus() >= 500 || response.getStatus() == 429) {
            keys.release(claim.scope(), claim.key());
            return;
        }
        Object entity = response.getEntity();
        // A secret is shown once, in this answer; the stored copy that replays serve leaves it out.
        keys.complete(claim.scope(), claim.key(), response.getStatus(),
                serialize(entity instanceof ShownOnce secret ? secret.withoutSecret() : entity));
    }

    private String serialize(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        return entity instanceof String text ? text : json.writeValueAsString(entity);
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getPath() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
