package com.regimen.web.resources;

import com.regimen.core.patients.ClinicalPolicy;
import com.regimen.web.api.ClearanceRequests;
import com.regimen.web.api.ClinicalSettingsView;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/clinical-settings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients and screening")
public class ClinicalSettingsResource {
    private final ClinicalPolicy policy;

    public ClinicalSettingsResource(ClinicalPolicy policy) {
        this.policy = policy;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getClinicalSettings",
            summary = "How long clearances last and how old an intake may be", description = "Defaults: "
            + "clearanceValidDays 90, intakeValidDays 180.")
    public ClinicalSettingsView get(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return ClinicalSettingsView.of(policy.get(principal.identity()));
    }

    @PUT
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "updateClinicalSettings",
            summary = "Change the clinical time limits", description = "In days, within the bounds of the "
            + "clinical settings (docs/api.md, Endpoints so far). Applies to clearances recorded from now on and "
            + "to every intake at its next check.")
    public ClinicalSettingsView update(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                       @NotNull @Valid ClearanceRequests.Settings r) {
        return ClinicalSettingsView.of(policy.update(principal.identity(), r.clearanceValidDays(),
                r.intakeValidDays()));
    }
}
