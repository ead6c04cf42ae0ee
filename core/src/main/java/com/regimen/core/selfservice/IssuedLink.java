package com.regimen.core.selfservice;

import java.net.URI;
import java.time.Instant;

/** A new self-service link, shown once: only its token's hash is kept. */
public record IssuedLink(String linkId, URI url, Instant expiresAt) {
}
