package com.regimen.web.resources;

import com.regimen.core.errors.DomainException;
import com.regimen.core.medicines.ClinicMedicines;
import com.regimen.web.api.IntakeView;
import com.regimen.web.api.MedicineRequest;
import com.regimen.web.api.MedicineView;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("/medicines")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients and screening")
public class MedicineResource {
    private final ClinicMedicines medicines;

    public MedicineResource(ClinicMedicines medicines) {
        this.medicines = medicines;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listClinicMedicines", summary = "The clinic's additions to the medicine vocabulary",
            description = "The built-in vocabulary (generic and brand names in English and Arabic, classed by WHO "
                    + "ATC code) is not listed; `GET /v1/medicines/classify?text=` shows what any name means here.")
    public List<MedicineView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return medicines.list(principal.identity()).stream().map(MedicineView::of).toList();
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.PRACTITIONER})
    @Operation(operationId = "addClinicMedicine", summary = "Add a name to the clinic's medicine vocabulary",
            description = "Only a signed-in user linked to a practitioner with a PHYSICIAN licence valid today "
                    + "(else 403 PHYSICIAN_REQUIRED; API keys, managers and owners as such are refused). "
                    + "`medicineClass`: ANTICOAGULANT, ANTIPLATELET, NSAID, CORTICOSTEROID, IMMUNOSUPPRESSANT, "
                    + "RETINOID, CHEMOTHERAPY or ANTIBIOTIC; OTHER is refused (400) because it would screen the name "
                    + "clear. Screening uses it from then on, for this clinic only. A name already of that class "
                    + "answers 409 MEDICINE_EXISTS. Audited (`medicine.added`).")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MedicineView.class)))
    public Response add(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                        @NotNull @Valid MedicineRequest request) {
        var added = medicines.add(principal.identity(), request.name(), request.medicineClass());
        return Response.status(Response.Status.CREATED).entity(MedicineView.of(added)).build();
    }

    @GET
    @Path("/classify")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "classifyMedicines", summary = "What a medicine list means to this clinic",
            description = "Splits `text` as intake does (, ، ; / newline, and, و) and classifies each entry.")
    public List<IntakeView.Medicine> classify(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @QueryParam("text") String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            throw DomainException.invalid("text", "must be 1 to 200 characters");
        }
        return medicines.classify(principal.identity(), text).stream().map(IntakeView.Medicine::of).toList();
    }
}
