package com.regimen.core.errors;

/**
 * What sort of failure a domain rule reported. The web layer turns each kind into one HTTP status;
 * the domain never speaks HTTP.
 */
public enum ErrorKind {
    /** The request is malformed or fails validation (400). */
    INVALID,
    /** No credentials, or credentials that do not authenticate (401). */
    UNAUTHENTICATED,
    /** Authenticated, but the role may not do this (403). */
    FORBIDDEN,
    /** No such record for this tenant, including another tenant's records (404). */
    NOT_FOUND,
    /** The current state of a record forbids the change (409). */
    CONFLICT,
    /** Well-formed, but a business rule refuses it (422). */
    UNPROCESSABLE,
    /** Too many attempts; try again later (429). */
    RATE_LIMITED,
    /** A dependency (database, payment provider) is not available (503). */
    UNAVAILABLE
}
