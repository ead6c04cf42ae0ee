package com.regimen.web.resources;

import com.regimen.core.consent.Consents;
import com.regimen.web.api.ConsentViews;
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

/** A treatment's consent form, to show the patient before they sign (a path of its own beside /treatments). */
@Path("/treatments/{id}/consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
public class ConsentFormResource {
    private final Consents consents;

    public ConsentFormResource(Consents consents) {
        this.consents = consents;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getConsentForm",
            summary = "A treatment's consent form, as patients sign it now", description = "Both languages; "
            + "`version` is the form's own. 404 NO_CONSENT_FORM when the treatment asks for no consent.")
    public ConsentViews.Form form(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @PathParam("id") String treatmentId) {
        return ConsentViews.Form.of(consents.form(treatmentId));
    }

}
