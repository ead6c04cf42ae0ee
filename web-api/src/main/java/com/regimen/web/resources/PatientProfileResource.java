package com.regimen.web.resources;

import com.regimen.core.frontdesk.PatientProfiles;
import com.regimen.web.api.PatientProfileView;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;

/** The patient profile: one read for the desk's patient screen. */
@Path("/patients/{id}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients and screening")
public class PatientProfileResource {
    private final PatientProfiles profiles;
    private final Clock clock;

    public PatientProfileResource(PatientProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getPatientProfile",
            summary = "A patient's profile", description = "Details, intake versions, screenings, clearances, "
            + "appointments (newest first), course progress, payments, what is due and paid per currency, and "
            + "whether a card is on file; at most 100 of each list. 404 for another tenant's patient.")
    public PatientProfileView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return PatientProfileView.of(profiles.of(principal.identity(), id), clock.instant());
    }
}
