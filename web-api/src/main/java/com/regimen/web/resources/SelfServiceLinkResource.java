package com.regimen.web.resources;

import com.regimen.core.selfservice.SelfServiceLinks;
import com.regimen.web.api.SelfServiceViews;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.idempotency.Idempotent;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The desk hands a patient the link to their appointment, or stops every link to it. */
// The whole path on the class: a class at /appointments/{id} would take that path from AppointmentResource.
@Path("/appointments/{id}/self-service-link")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient self-service")
public class SelfServiceLinkResource {
    private final SelfServiceLinks links;

    public SelfServiceLinkResource(SelfServiceLinks links) {
        this.links = links;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "issueSelfServiceLink", summary = "Issue the patient's self-service link to an appointment",
            description = "The address to send or read to the patient, opening until the appointment's end plus the "
                    + "configured margin; shown once (an Idempotency-Key replay answers `url` null). Audited without "
                    + "the token. 409 VISIT_OVER when that moment has passed; 404 for another clinic's appointment.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SelfServiceViews.SelfServiceLink.class)))
    public Response issue(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return Response.status(Response.Status.CREATED)
                .entity(SelfServiceViews.SelfServiceLink.of(links.issueFor(principal.identity(), id))).build();
    }

    @DELETE
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "revokeSelfServiceLinks", summary = "Stop every link to an appointment",
            description = "Each live link to it answers 404 from now on (a link sent to the wrong number, say). "
                    + "Audited.")
    public SelfServiceViews.SelfServiceLinksRevoked revoke(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                           @PathParam("id") String id) {
        return new SelfServiceViews.SelfServiceLinksRevoked(links.revoke(principal.identity(), id));
    }
}
