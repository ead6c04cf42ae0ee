package com.regimen.web.resources;

import com.regimen.core.patients.Screenings;
import com.regimen.web.api.Languages;
import com.regimen.web.api.ScreeningRequest;
import com.regimen.web.api.ScreeningView;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/screenings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients and screening")
public class ScreeningResource {
    private final Screenings screenings;

    public ScreeningResource(Screenings screenings) {
        this.screenings = screenings;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "screenPatient",
            summary = "Screen a patient for a treatment", description = "Outcome: any BLOCK finding is BLOCKED, "
            + "else any CLEARANCE is NEEDS_CLEARANCE, else CLEAR. Unanswered required questions block "
            + "(INTAKE_INCOMPLETE). A failing plugin fails the screening (500 PLUGIN_FAILED): it never clears.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningView.class)))
    public Response screen(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                           @NotNull @Valid ScreeningRequest request) {
        var screening = screenings.screen(principal.identity(), request.patientId(), request.treatmentId(),
                request.locationId());
        return Response.status(Response.Status.CREATED)
                .entity(ScreeningView.of(screening, Languages.pick(acceptLanguage))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getScreening", summary = "A screening")
    public ScreeningView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return ScreeningView.of(screenings.get(principal.identity(), id), Languages.pick(acceptLanguage));
    }
}
