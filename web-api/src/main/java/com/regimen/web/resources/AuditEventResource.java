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
    @Operation(operationId = "listAuditEvents",
            summary = "Who did what, when, to which record", description = "Newest first. Filters, all "
            + "optional: actorId (a member of staff or an API key), entityType and entityId, from (inclusive) and "
            + "to (exclusive) as ISO-8601 instants.")
    public ListResponse<AuditEventView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                             @QueryParam("actorId") String actorId,
                                             @QueryParam("entityType") String entityType,
                                             @QueryParam("entityId") String entityId,
                                             @QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        AuditTrail.Criteria criteria = new AuditTrail.Criteria(blankToNull(actorId), blankToNull(entityType),
                blankToNull(entityId), from == null || from.isBlank() ? null : AppointmentResource.instant("from", from),
                to == null || to.isBlank() ? null : AppointmentResource.instant("to", to));
        return ListResponse.of(audit.list(principal.identity(), criteria, page), AuditEventView::of);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
