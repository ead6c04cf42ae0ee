package com.regimen.core.messages;

/**
 * A send that did not happen. {@code transientFailure}: the provider was unreachable or busy, try
 * again later; otherwise it refused this message for good (a malformed address). The message says
 * what happened without the address, the text or any credential.
 */
public final class ChannelFailure extends Exception {
    private final boolean transientFailure;

    public ChannelFailure(boolean transientFailure, String reason) {
        super(reason, null, false, false);
        this.transientFailure = transientFailure;
    }

    public boolean transientFailure() {
        return transientFailure;
    }
}
