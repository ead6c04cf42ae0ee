package com.regimen.web.resources;

import com.regimen.core.messages.MessageLog;
import com.regimen.web.api.MessageViews.MessageList;
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

/** A patient's messages, with where each stands. */
@Path("/patients/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class PatientMessagesResource {
    private final MessageLog log;

    public PatientMessagesResource(MessageLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listPatientMessages", summary = "The patient's messages, newest first (at most 500)")
    public MessageList forPatient(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @PathParam("id") String id) {
        return MessageList.of(log.forPatient(principal.identity(), id));
    }
}
