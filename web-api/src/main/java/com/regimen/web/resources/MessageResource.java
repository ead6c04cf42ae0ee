package com.regimen.web.resources;

import com.regimen.core.messages.ClinicMessageSettings;
import com.regimen.core.messages.MessageLog;
import com.regimen.core.messages.MessageTemplates;
import com.regimen.web.api.MessageViews.MessageList;
import com.regimen.web.api.MessageViews.MessageSettingsView;
import com.regimen.web.api.MessageViews.MessageTemplateList;
import com.regimen.web.api.MessageViews.MessageTemplateRequest;
import com.regimen.web.api.MessageViews.MessageTemplateView;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/** Patient messages: what was sent about a visit (or not, and why), and the chain's settings and wording. */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class MessageResource {
    private final MessageLog log;
    private final ClinicMessageSettings settings;
    private final MessageTemplates templates;

    public MessageResource(MessageLog log, ClinicMessageSettings settings, MessageTemplates templates) {
        this.log = log;
        this.settings = settings;
        this.templates = templates;
    }

    @GET
    @Path("appointments/{id}/messages")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listAppointmentMessages", summary = "The appointment's messages",
            description = "Confirmation, reminders, notices and after-care, one per channel, each with its status "
                    + "(PENDING, DEFERRED, SENT, SKIPPED, FAILED) and the reason it was not sent or is waiting.")
    public MessageList forAppointment(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                      @PathParam("id") String id) {
        return MessageList.of(log.forAppointment(principal.identity(), id));
    }

    @GET
    @Path("settings/messages")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK})
    @Operation(operationId = "getMessageSettings", summary = "The chain's message settings",
            description = "Defaults: reminders 48 and 24 hours before, quiet hours 21:00 to 08:00 in each "
                    + "location's zone, email and SMS.")
    public MessageSettingsView getSettings(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return MessageSettingsView.of(settings.get(principal.identity()));
    }

    @PUT
    @Path("settings/messages")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "updateMessageSettings", summary = "Change the message settings",
            description = "Reminder hours apply to visits booked or moved from now on; quiet hours and channels "
                    + "to every message sent from now on.")
    public MessageSettingsView updateSettings(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @NotNull @Valid MessageSettingsView request) {
        return MessageSettingsView.of(settings.update(principal.identity(), request.toSettings()));
    }

    @GET
    @Path("message-templates")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "listMessageTemplates", summary = "Every message's wording in Arabic and English",
            description = "Mustache; the variables: patientName, clinic, treatment, practitioner, date, time, "
                    + "preCare and afterCare (lists), hasPreCare, hasAfterCare, link, amount.")
    public MessageTemplateList listTemplates(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return new MessageTemplateList(templates.list(principal.identity()).stream().map(MessageTemplateView::of)
                .toList());
    }

    @GET
    @Path("message-templates/{event}/{language}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "getMessageTemplate", summary = "One message's wording in one language")
    public MessageTemplateView getTemplate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                           @PathParam("event") String event, @PathParam("language") String language) {
        return MessageTemplateView.of(templates.get(principal.identity(), event, language));
    }

    @PUT
    @Path("message-templates/{event}/{language}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "saveMessageTemplate", summary = "Use the chain's own wording",
            description = "Checked before it is stored: 422 INVALID_TEMPLATE for what Mustache cannot read (or an "
                    + "include), 422 UNKNOWN_TEMPLATE_VARIABLE naming variables messages do not have.")
    public MessageTemplateView saveTemplate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                            @PathParam("event") String event, @PathParam("language") String language,
                                            @NotNull @Valid MessageTemplateRequest request) {
        return MessageTemplateView.of(templates.save(principal.identity(), event, language, request.subject(),
                request.body()));
    }

    @DELETE
    @Path("message-templates/{event}/{language}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "resetMessageTemplate", summary = "Back to the shipped wording",
            description = "Answers the default now in force.")
    public MessageTemplateView resetTemplate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                             @PathParam("event") String event,
                                             @PathParam("language") String language) {
        return MessageTemplateView.of(templates.reset(principal.identity(), event, language));
    }
}
