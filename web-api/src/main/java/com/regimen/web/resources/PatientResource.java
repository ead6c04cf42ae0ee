package com.regimen.web.resources;

import com.regimen.core.clearance.Clearances;
import com.regimen.core.errors.DomainException;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.patients.IntakeFreshness;
import com.regimen.core.patients.NewPatient;
import com.regimen.core.patients.PatchTest;
import com.regimen.core.patients.PatchTests;
import com.regimen.core.patients.PatientIntakes;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.payments.CardsOnFile;
import com.regimen.web.api.ClearanceRequests;
import com.regimen.web.api.ClearanceView;
import com.regimen.web.api.IntakeRequest;
import com.regimen.web.api.IntakeStandingView;
import com.regimen.web.api.IntakeView;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.PatchTestRequest;
import com.regimen.web.api.PatchTestView;
import com.regimen.web.api.PatientRequest;
import com.regimen.web.api.PatientView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.Map;

@Path("/patients")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients and screening")
public class PatientResource {
    private final PatientRecords patients;
    private final PatientIntakes intakes;
    private final PatchTests patchTests;
    private final CardsOnFile cards;
    private final Clearances clearances;
    private final IntakeFreshness freshness;
    private final Clock clock;

    public PatientResource(PatientRecords patients, PatientIntakes intakes, PatchTests patchTests, CardsOnFile cards,
                           Clearances clearances, IntakeFreshness freshness, Clock clock) {
        this.patients = patients;
        this.intakes = intakes;
        this.patchTests = patchTests;
        this.cards = cards;
        this.clearances = clearances;
        this.freshness = freshness;
        this.clock = clock;
    }

    /** The client secret is for Stripe.js to collect and confirm the card. */
    public record CardSetup(String setupIntentId, String clientSecret) {
        @Override
        public String toString() {
            return "CardSetup[" + setupIntentId + "]";
        }
    }

    @POST
    @Path("/{id}/card-setup")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "startCardSetup",
            summary = "Start saving a patient's card", description = "A SetupIntent for off-session use; the "
            + "card is saved when Stripe reports setup_intent.succeeded.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CardSetup.class)))
    public Response startCardSetup(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id) {
        var intent = cards.startSetup(principal.identity(), id);
        return Response.status(Response.Status.CREATED).entity(new CardSetup(intent.id(), intent.clientSecret()))
                .build();
    }

    @GET
    @Path("/{id}/card")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getCardOnFile", summary = "Whether a patient has a card on file")
    public Map<String, Object> card(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                    @PathParam("id") String id) {
        return cards.card(principal.identity(), id);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "createPatient", summary = "Register a patient")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatientView.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull @Valid PatientRequest request) {
        var patient = patients.register(principal.identity(), new NewPatient(request.name(), request.dateOfBirth(),
                request.phone(), request.email(), request.locale()));
        return Response.status(Response.Status.CREATED).entity(PatientView.of(patient)).build();
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "searchPatients",
            summary = "Find patients", description = "`q`: the start of a name or phone number.")
    public ListResponse<PatientView> search(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                            @QueryParam("q") String query, @QueryParam("limit") Integer limit,
                                            @QueryParam("cursor") String cursor) {
        return ListResponse.of(patients.search(principal.identity(), query, PageRequest.of(limit, cursor)),
                PatientView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getPatient", summary = "A patient")
    public PatientView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return PatientView.of(patients.get(principal.identity(), id));
    }

    @PUT
    @Path("/{id}/intake")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "recordIntake",
            summary = "Record intake answers", description = "Adds a version; answer codes are those of "
            + "GET /v1/intake-form, each checked against its type.")
    public IntakeView recordIntake(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id, @NotNull @Valid IntakeRequest request) {
        return IntakeView.of(intakes.record(principal.identity(), id, request.answers()));
    }

    @GET
    @Path("/{id}/intake")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getLatestIntake", summary = "The latest intake answers")
    public IntakeView latestIntake(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id) {
        return intakes.latest(principal.identity(), id).map(IntakeView::of)
                .orElseThrow(() -> DomainException.notFound("Intake"));
    }

    @POST
    @Path("/{id}/patch-tests")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.PRACTITIONER})
    @Operation(operationId = "recordPatchTest",
            summary = "Record a patch test", description = "Only a signed-in PRACTITIONER user (a clinician) "
            + "records a reading; owners, managers and API keys get 403 PRACTITIONER_REQUIRED. "
            + "`appliedAt` and `readAt` must not be in the future "
            + "(400 PATCH_TEST_TIME_IN_FUTURE) and `readAt` not before `appliedAt` (400 "
            + "PATCH_TEST_READ_BEFORE_APPLIED). The latest reading decides; a reading sooner than the treatment's "
            + "minimum wait is kept but does not count.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatchTestView.class)))
    public Response recordPatchTest(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                    @PathParam("id") String id, @NotNull @Valid PatchTestRequest request) {
        PatchTest test = patchTests.record(principal.identity(), id, request.treatmentId(), request.appliedAt(),
                request.readAt(), request.reaction(), request.notes());
        return Response.status(Response.Status.CREATED).entity(PatchTestView.of(test)).build();
    }

    @GET
    @Path("/{id}/patch-tests")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listPatchTests", summary = "A patient's patch tests, newest first")
    public ListResponse<PatchTestView> patchTests(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                  @PathParam("id") String id) {
        return new ListResponse<>(patchTests.forPatient(principal.identity(), id).stream().map(PatchTestView::of)
                .toList(), null);
    }

    @POST
    @Path("/{id}/intake/confirm")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "confirmIntake",
            summary = "Confirm the latest intake still holds", description = "After asking the patient: the "
            + "intake's age (422 INTAKE_STALE beyond the tenant's intakeValidDays) counts from now; the answers and "
            + "their version are unchanged. 404 when the patient has no intake.")
    public IntakeStandingView confirmIntake(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                        @PathParam("id") String id) {
        return IntakeStandingView.of(freshness.confirm(principal.identity(), id));
    }

    @POST
    @Path("/{id}/clearances")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.PRACTITIONER})
    @Operation(operationId = "recordClearance",
            summary = "Record a physician's clearance", description = "Only a signed-in user linked to a "
            + "practitioner with a PHYSICIAN licence valid today (else 403 PHYSICIAN_REQUIRED; API keys and the front "
            + "desk always 403). The patient is screened now; the clearance answers that screening's CLEARANCE "
            + "findings (or the subset named in `findings`) until the tenant's clearanceValidDays pass. 422 "
            + "CONTRAINDICATED (a BLOCK is never cleared), NOTHING_TO_CLEAR, FINDING_NOT_PRESENT.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClearanceView.class)))
    public Response recordClearance(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                    @PathParam("id") String id, @NotNull @Valid ClearanceRequests.NewClearance r) {
        var clearance = clearances.record(principal.identity(), id, r.treatmentId(), r.findings(), r.note());
        return Response.status(Response.Status.CREATED).entity(ClearanceView.of(clearance, clock.instant())).build();
    }

    @GET
    @Path("/{id}/clearances")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listClearances",
            summary = "A patient's clearances, newest first (revoked and expired ones included)")
    public ListResponse<ClearanceView> clearances(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                  @PathParam("id") String id) {
        var now = clock.instant();
        return new ListResponse<>(clearances.forPatient(principal.identity(), id).stream()
                .map(c -> ClearanceView.of(c, now)).toList(), null);
    }

    @POST
    @Path("/{id}/clearances/{clearanceId}/revoke")
    @RolesAllowed({Roles.OWNER, Roles.PRACTITIONER})
    @Operation(operationId = "revokeClearance",
            summary = "Revoke a clearance", description = "By a physician (as for recording) or a signed-in "
            + "owner; from then on it covers nothing. 409 ALREADY_REVOKED.")
    public ClearanceView revokeClearance(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                         @PathParam("id") String id, @PathParam("clearanceId") String clearanceId,
                                         @Valid ClearanceRequests.Revoke r) {
        return ClearanceView.of(clearances.revoke(principal.identity(), id, clearanceId, r == null ? null : r.reason()),
                clock.instant());
    }
}
