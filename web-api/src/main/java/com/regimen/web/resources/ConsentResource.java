package com.regimen.web.resources;

import com.regimen.core.consent.ConsentSignature;
import com.regimen.core.consent.ConsentStanding;
import com.regimen.core.consent.Consents;
import com.regimen.core.errors.DomainException;
import com.regimen.web.api.ConsentViews;
import com.regimen.web.api.ListResponse;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A patient's consents to treatment: the signature (witnessed by the signed-in member of staff), the
 * patient's signatures, and the signed form printed. The form itself: {@link ConsentFormResource}.
 */
@Path("/patients/{id}/consents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
public class ConsentResource {
    private final Consents consents;

    public ConsentResource(Consents consents) {
        this.consents = consents;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "signConsent",
            summary = "Record the patient's signature on a treatment's consent form", description = "At the "
            + "form's current version, witnessed by the signed-in member of staff (an API key cannot witness: 422 "
            + "NOT_A_USER). `mark` is the drawn mark as a PNG data URL (400 MARK_INVALID, MARK_TOO_LARGE, "
            + "MARK_BLANK); 422 NO_CONSENT_FORM, TREATMENT_NOT_ENABLED.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConsentViews.Consent.class)))
    public Response sign(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String patientId,
                         @NotNull @Valid ConsentViews.Sign r) {
        var signed = consents.sign(principal.identity(), patientId, new ConsentSignature(r.treatmentId(),
                r.typedName(), r.mark(), r.language()));
        return Response.status(Response.Status.CREATED)
                .entity(ConsentViews.Consent.of(new ConsentStanding(signed, true))).build();
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listConsents",
            summary = "A patient's signed consents, newest first", description = "`current`: of the "
            + "treatment's current consent version, which check-in needs.")
    public ListResponse<ConsentViews.Consent> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                   @PathParam("id") String patientId) {
        return new ListResponse<>(consents.forPatient(principal.identity(), patientId).stream()
                .map(ConsentViews.Consent::of).toList(), null);
    }

    @GET
    @Path("{consentId}/html")
    @Produces({MediaType.TEXT_HTML, "application/problem+json"})
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getSignedConsentHtml",
            summary = "The signed consent form, printable", description = "?lang=ar|en (else the language it "
            + "was signed in): XHTML with the form as signed, the typed name, the mark, the witness and versions.")
    public Response html(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String patientId,
                         @PathParam("consentId") String consentId, @QueryParam("lang") String lang) {
        String page = consents.html(principal.identity(), patientId, consentId, language(lang));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", TaxDocumentResource.PAGE_POLICY).build();
    }

    @GET
    @Path("{consentId}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getSignedConsentPdf",
            summary = "The signed consent form as a PDF", description = "?lang=ar|en (else the language it was "
            + "signed in); Arabic shaped and right to left, fonts embedded.")
    public Response pdf(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String patientId,
                        @PathParam("consentId") String consentId, @QueryParam("lang") String lang) {
        byte[] pdf = consents.pdf(principal.identity(), patientId, consentId, language(lang));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"consent-" + consentId + ".pdf\"").build();
    }

    /** Null (the document's own language) when not asked for; anything but ar or en is refused. */
    static String language(String lang) {
        if (lang == null || "ar".equals(lang) || "en".equals(lang)) {
            return lang;
        }
        throw DomainException.invalid("lang", "must be ar or en");
    }
}
