package com.regimen.web.database;

import com.regimen.core.database.RequestCommits;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Before anything else in a request: Jetty's threads serve request after request, so what the last
 * one committed must not count for this one ({@link RequestCommits}).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 1000)
public final class RequestCommitsReset implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        RequestCommits.begin();
    }
}
