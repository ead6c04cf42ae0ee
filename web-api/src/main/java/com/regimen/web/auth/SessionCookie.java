package com.regimen.web.auth;

import jakarta.ws.rs.core.NewCookie;

import java.time.Duration;

/**
 * The browser UI keeps its session token in an HttpOnly cookie, out of reach of any script that
 * finds its way into the page. Cookies travel with cross-site requests too, so a request
 * authenticated by the cookie must also carry {@link #CLIENT_HEADER}, which a form or image on
 * another site cannot add (and no CORS is offered to let a script add it).
 */
public final class SessionCookie {
    public static final String NAME = "regimen_session";
    public static final String CLIENT_HEADER = "X-Regimen-Client";

    private SessionCookie() {
    }

    public static NewCookie issue(String token, Duration lifetime, boolean secure) {
        return new NewCookie.Builder(NAME).value(token).path("/v1").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge((int) Math.min(Integer.MAX_VALUE, lifetime.toSeconds()))
                .build();
    }

    public static NewCookie clear(boolean secure) {
        return new NewCookie.Builder(NAME).value("").path("/v1").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }
}
