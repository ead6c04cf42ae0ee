package com.regimen.web.resources;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.paging.PageRequest;
import com.regimen.web.api.AuditEventView;
import com.regimen.web.api.ListResponse;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditEventResource {
    private final AuditTrail audit;

    public AuditEventResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(summary = "Who did what, when, to which record", description = "Newest first.")
    public ListResponse<AuditEventView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                             @QueryParam("entityId") String entityId,
                                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(audit.list(principal.identity(), entityId, PageRequest.of(limit, cursor)),
                AuditEventView::of);
    }
}
