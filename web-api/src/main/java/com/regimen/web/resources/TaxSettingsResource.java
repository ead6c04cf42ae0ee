package com.regimen.web.resources;

import com.regimen.core.invoicing.LocationTaxSettings;
import com.regimen.core.invoicing.TaxSettingsForm;
import com.regimen.web.api.TaxSettingsView;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A location's VAT settings. A class of its own: JAX-RS picks one root resource per request, and
 * only a path longer than LocationResource's is chosen over it.
 */
@Path("/locations/{id}/tax-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tax invoices")
public class TaxSettingsResource {
    private final LocationTaxSettings settings;

    public TaxSettingsResource(LocationTaxSettings settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getTaxSettings",
            summary = "A location's VAT settings", description = "The defaults of its zone's country "
            + "(docs/api.md, Tax invoices, credit notes and the day close) with configured=false until saved; "
            + "no invoices are issued until then.")
    public TaxSettingsView getSettings(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                       @PathParam("id") String id) {
        return TaxSettingsView.of(settings.get(principal.identity(), id));
    }

    @PUT
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "updateTaxSettings",
            summary = "Set a location's VAT settings", description = "{sellerNameAr, sellerNameEn, vatNumber, "
            + "country? (SA|AE; from the zone), vatRatePercent? (the country's standard rate), pricesIncludeVat? "
            + "(true)}. SA VAT numbers: 15 digits starting and ending with 3; AE TRN: 15 digits.")
    public TaxSettingsView putSettings(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                       @PathParam("id") String id, @NotNull TaxSettingsForm form) {
        return TaxSettingsView.of(settings.save(principal.identity(), id, form));
    }
}
