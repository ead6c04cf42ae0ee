package com.regimen.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers that keep the UI's page to itself: scripts only from us (and Stripe.js, which must come
 * from js.stripe.com for card details never to touch our page), no framing, no MIME sniffing, no
 * referrer leaking ids in URLs.
 */
public final class SecurityHeadersFilter implements Filter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' https://js.stripe.com; "
            + "frame-src https://js.stripe.com https://hooks.stripe.com; connect-src 'self' https://api.stripe.com; "
            + "img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
