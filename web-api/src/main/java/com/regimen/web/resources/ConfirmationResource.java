package com.regimen.web.resources;

import com.regimen.core.booking.Confirmations;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An appointment's printable confirmation for the patient, with the pre-care to follow. */
@Path("/")
@Tag(name = "Booking")
public class ConfirmationResource {
    private final Confirmations confirmations;

    public ConfirmationResource(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GET
    @Path("appointments/{id}/confirmation/html")
    @Produces({MediaType.TEXT_HTML, "application/problem+json"})
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getConfirmationHtml",
            summary = "The appointment confirmation, printable", description = "?lang=ar|en (else the patient's "
            + "language): when and where, with whom, and the treatment's pre-care with its timings.")
    public Response html(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                         @QueryParam("lang") String lang) {
        String page = confirmations.html(principal.identity(), id, ConsentResource.language(lang));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", TaxDocumentResource.PAGE_POLICY).build();
    }

    @GET
    @Path("appointments/{id}/confirmation/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getConfirmationPdf",
            summary = "The appointment confirmation as a PDF", description = "?lang=ar|en (else the patient's "
            + "language); Arabic shaped and right to left.")
    public Response pdf(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                        @QueryParam("lang") String lang) {
        byte[] pdf = confirmations.pdf(principal.identity(), id, ConsentResource.language(lang));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"appointment-" + id + ".pdf\"").build();
    }
}
