package com.regimen.web.api;

/**
 * An answer that carries a secret the client sees this once (a new API key). The idempotency
 * store keeps {@link #withoutSecret()} instead, so no secret sits in the database for the 24 hours
 * a reply is kept; a replay answers the same body with the secret {@code null}.
 */
public interface ShownOnce {
    /** The same answer with the secret left out ({@code null}). */
    Object withoutSecret();
}
