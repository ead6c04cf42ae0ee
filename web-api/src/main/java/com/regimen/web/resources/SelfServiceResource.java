package com.regimen.web.resources;

import com.regimen.core.selfservice.PatientVisits;
import com.regimen.web.api.ConsentViews;
import com.regimen.web.api.Languages;
import com.regimen.web.api.Question;
import com.regimen.web.api.SelfServiceViews;
import com.regimen.web.auth.PublicEndpoint;
import com.regimen.web.http.ClientAddresses;
import com.regimen.web.http.SelfServiceThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The patient's own pages, reached with the token of their self-service link and no login. The
 * token travels in the {@value #TOKEN} header (the page reads it from its address's fragment), never
 * in a path or query, so request logs and proxies never see it. Every call is rate-limited per client
 * address and per link before anything else; a link that does not open is 404, whatever the reason.
 */
@Path("/self-service/visit")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient self-service")
public class SelfServiceResource {
    static final String TOKEN = "Self-Service-Token";
    private static final String TOKEN_DOC = "The token from the patient's link (the part after # in its address)";

    private final PatientVisits visits;
    private final SelfServiceThrottle throttle;
    private final ClientAddresses clients;

    public SelfServiceResource(PatientVisits visits, SelfServiceThrottle throttle, ClientAddresses clients) {
        this.visits = visits;
        this.throttle = throttle;
        this.clients = clients;
    }

    @GET
    @PublicEndpoint
    @Operation(operationId = "getSelfServiceVisit", summary = "The patient's visit, through their link",
            description = "Treatment, location, practitioner, time (show it in `timeZone`), pre-care in the "
                    + "patient's language, what cancelling now keeps, whether they confirmed and signed the consent. "
                    + "A cancelled or past visit says only so (`state`). 404 NOT_FOUND for a link that does not "
                    + "open (unknown, tampered, expired, revoked, another clinic's); 429 SELF_SERVICE_RATE_LIMITED "
                    + "with Retry-After.")
    public SelfServiceViews.SelfServiceVisit visit(@Parameter(in = ParameterIn.HEADER, required = true,
            description = TOKEN_DOC) @HeaderParam(TOKEN) String token,
                                            @Parameter(hidden = true) @Context HttpServletRequest http) {
        throttle.check(clients.of(http), token);
        return SelfServiceViews.SelfServiceVisit.of(visits.visit(token));
    }

    @POST
    @Path("confirmation")
    @PublicEndpoint
    @Operation(operationId = "confirmSelfServiceVisit", summary = "The patient confirms they will come",
            description = "Idempotent by nature: confirming again keeps the first confirmation and answers the "
                    + "same. 409 VISIT_CLOSED for a cancelled or past visit.")
    public SelfServiceViews.SelfServiceVisit confirm(@Parameter(in = ParameterIn.HEADER, required = true,
            description = TOKEN_DOC) @HeaderParam(TOKEN) String token,
                                              @Parameter(hidden = true) @Context HttpServletRequest http) {
        throttle.check(clients.of(http), token);
        return SelfServiceViews.SelfServiceVisit.of(visits.confirm(token));
    }

    @POST
    @Path("cancellation")
    @PublicEndpoint
    @Operation(operationId = "cancelSelfServiceVisit", summary = "The patient cancels within the clinic's policy",
            description = "Free inside the policy's window. After it, 409 CANCELLATION_FEE_APPLIES with `fee` and "
                    + "`currency`, nothing changed: the page shows the fee and sends it back as `feeAccepted` "
                    + "if the patient says yes. Cancelling a cancelled visit answers it as it is; 409 VISIT_CLOSED "
                    + "for a past one.")
    public SelfServiceViews.SelfServiceVisit cancel(@Parameter(in = ParameterIn.HEADER, required = true,
            description = TOKEN_DOC) @HeaderParam(TOKEN) String token,
                                             @NotNull @Valid SelfServiceViews.SelfServiceCancel request,
                                             @Parameter(hidden = true) @Context HttpServletRequest http) {
        throttle.check(clients.of(http), token);
        long accepted = request.feeAccepted() == null ? 0 : request.feeAccepted();
        return SelfServiceViews.SelfServiceVisit.of(visits.cancel(token, accepted));
    }

    @GET
    @Path("intake-form")
    @PublicEndpoint
    @Operation(operationId = "getSelfServiceIntakeForm", summary = "The intake questions of the visit's treatment",
            description = "Localized by Accept-Language (ar or en). Earlier answers are not shown: a link is a "
                    + "bearer secret, and health answers stay behind the clinic's sign-in.")
    public SelfServiceViews.SelfServiceIntakeForm intakeForm(@Parameter(in = ParameterIn.HEADER, required = true,
            description = TOKEN_DOC) @HeaderParam(TOKEN) String token,
                                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                                  @Parameter(hidden = true) @Context HttpServletRequest http) {
        throttle.check(clients.of(http), token);
        String language = Languages.pick(acceptLanguage);
        return new SelfServiceViews.SelfServiceIntakeForm(language, Question.of(visits.intakeQuestions(token), language));
    }

    @PUT
    @Path("intake")
    @PublicEndpoint
    @Operation(operationId = "answerSelfServiceIntake", summary = "The patient answers the intake before the visit",
            description = "The answers to this treatment's questions become the patient's new intake version (their "
                    + "other answers carried over) and are screened as at the desk; the clinic sees the visit marked "
                    + "for review. The answer says only that they arrived, never what screening found. 400 "
                    + "VALIDATION_FAILED naming each bad answer; 409 VISIT_CLOSED.")
    public SelfServiceViews.SelfServiceIntakeReceived answerIntake(@Parameter(in = ParameterIn.HEADER, required = true,
            description = TOKEN_DOC) @HeaderParam(TOKEN) String token,
                                                  @NotNull @Valid SelfServiceViews.SelfServiceAnswers request,
                                                  @Parameter(hidden = true) @Context HttpServletRequest http) {
        throttle.check(clients.of(http), token);
        return SelfServiceViews.SelfServiceIntakeReceived.of(visits.answerIntake(token, request.answers()));
    }

    @GET
    @Path("consent-form")
    @PublicEndpoint
    @Operation(operationId = "getSelfServiceConsentForm", summary = "The treatment's consent form, to sign",
            description = "Both languages; 404 NO_CONSENT_FORM when the treatment asks for none.")
    public ConsentViews.Form consentForm(@Parameter(in = ParameterIn.HEADER, required = true,
            description = TOKEN_DOC) @HeaderParam(TOKEN) String token,
                                         @Parameter(hidden = true) @Context HttpServletRequest http) {
        throttle.check(clients.of(http), token);
        return ConsentViews.Form.of(visits.consentForm(token));
    }

    @POST
    @Path("consent")
    @PublicEndpoint
    @Operation(operationId = "signSelfServiceConsent", summary = "The patient signs the treatment's consent",
            description = "At the form's current version, as at the desk (typed name, drawn mark), signed by the "
                    + "patient through the link. Idempotent by nature: signing what is already signed at the current "
                    + "version answers that signature with `alreadySigned` (200). 400 MARK_INVALID, MARK_TOO_LARGE, "
                    + "MARK_BLANK; 422 NO_CONSENT_FORM; 409 VISIT_CLOSED.")
    @ApiResponse(responseCode = "201", description = "Signed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SelfServiceViews.SelfServiceSigned.class)))
    @ApiResponse(responseCode = "200", description = "Already signed at the current version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SelfServiceViews.SelfServiceSigned.class)))
    public Response sign(@Parameter(in = ParameterIn.HEADER, required = true,
            description = TOKEN_DOC) @HeaderParam(TOKEN) String token,
                         @NotNull @Valid SelfServiceViews.SelfServiceSign request,
                         @Parameter(hidden = true) @Context HttpServletRequest http) {
        throttle.check(clients.of(http), token);
        var signed = visits.signConsent(token, request.typedName(), request.mark(), request.language());
        return Response.status(signed.alreadySigned() ? Response.Status.OK : Response.Status.CREATED)
                .entity(SelfServiceViews.SelfServiceSigned.of(signed)).build();
    }
}
