package com.regimen.web.resources;

import com.regimen.core.invoicing.DayCloses;
import com.regimen.web.api.ZReportView;
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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


/** A location's business day: its Z report, and closing it with the cash counted. */
@Path("/locations/{id}/days/{date}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Day close")
public class DayCloseResource {
    private final DayCloses dayCloses;

    public DayCloseResource(DayCloses dayCloses) {
        this.dayCloses = dayCloses;
    }

    /** {@code countedCash} in minor units of the location's currency (required; checked once the location is). */
    public record CloseRequest(Long countedCash, String note) {
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getDayReport",
            summary = "The day's Z report", description = "Every payment, refund, invoice and credit note of "
            + "the local day (YYYY-MM-DD in the location's zone), net takings by method and currency, the cash "
            + "expected in the drawer, and the close once closed.")
    public ZReportView report(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                              @PathParam("date") String date) {
        return ZReportView.of(dayCloses.report(principal.identity(), id, date));
    }

    @POST
    @Path("close")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "closeDay",
            summary = "Close the day", description = "{countedCash, note?}: records expected cash by method, "
            + "the cash counted and the variance (counted minus expected), and who closed it. From then on a cash "
            + "payment or refund on that day is 409 DAY_CLOSED. 409 DAY_ALREADY_CLOSED; 422 DAY_NOT_STARTED.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ZReportView.class)))
    public Response close(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                          @PathParam("date") String date, @NotNull CloseRequest request) {
        return Response.status(Response.Status.CREATED).entity(ZReportView.of(dayCloses.close(principal.identity(), id,
                date, request.countedCash(), request.note()))).build();
    }
}
