package com.regimen.web.resources;

import com.regimen.core.messages.OptOuts;
import com.regimen.core.outbox.Channel;
import com.regimen.web.api.MessageViews.OptOutsView;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.EnumMap;
import java.util.Map;

/** The channels a patient asked not to be messaged on, set at the desk. */
@Path("/patients/{id}/message-opt-outs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class MessageOptOutResource {
    private final OptOuts optOuts;

    public MessageOptOutResource(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getMessageOptOuts", summary = "The channels the patient opted out of")
    public OptOutsView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return OptOutsView.of(optOuts.of(principal.identity(), id));
    }

    @PUT
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "setMessageOptOuts", summary = "Opt the patient out of (or back into) channels",
            description = "true: no message goes on that channel from now on, including those already waiting "
                    + "(they are recorded NOT_SENT_OPTED_OUT when due).")
    public OptOutsView set(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                           @NotNull @Valid OptOutsView request) {
        Map<Channel, Boolean> wanted = new EnumMap<>(Channel.class);
        wanted.put(Channel.EMAIL, request.email());
        wanted.put(Channel.SMS, request.sms());
        wanted.put(Channel.WHATSAPP, request.whatsapp());
        return OptOutsView.of(optOuts.set(principal.identity(), id, wanted));
    }
}
