package com.regimen.web.resources;

import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.plugins.TreatmentSettingsUpdate;
import com.regimen.web.api.Languages;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.QuoteRequestBody;
import com.regimen.web.api.QuoteView;
import com.regimen.web.api.TreatmentSettingsRequest;
import com.regimen.web.api.TreatmentSettingsView;
import com.regimen.web.api.TreatmentView;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/treatments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatments")
public class TreatmentResource {
    private final PluginRegistry plugins;
    private final TreatmentMenu menu;

    public TreatmentResource(PluginRegistry plugins, TreatmentMenu menu) {
        this.plugins = plugins;
        this.menu = menu;
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listTreatments",
            summary = "Installed treatments", description = "One per plugin, named in the Accept-Language "
            + "(ar or en); `enabled` says whether this clinic chain offers it.")
    public ListResponse<TreatmentView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Languages.pick(acceptLanguage);
        return new ListResponse<>(plugins.all().stream()
                .map(p -> TreatmentView.of(p, menu.settings(principal.identity(), p.id()).enabled(), language))
                .toList(), null);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getTreatment", summary = "One treatment")
    public TreatmentView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        LoadedPlugin plugin = plugins.get(id);
        return TreatmentView.of(plugin, menu.settings(principal.identity(), id).enabled(),
                Languages.pick(acceptLanguage));
    }

    @GET
    @Path("/{id}/settings")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getTreatmentSettings", summary = "This clinic chain's settings for a treatment")
    public TreatmentSettingsView settings(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                          @PathParam("id") String id) {
        return TreatmentSettingsView.of(menu.settings(principal.identity(), id), plugins.get(id).defaultPrices().keySet());
    }

    @PUT
    @Path("/{id}/settings")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "updateTreatmentSettings",
            summary = "Offer a treatment and set its prices", description = "Prices in minor units of the "
            + "tenant's currency, by the keys in `priceKeys`; pricesByCurrency prices it in the other currencies "
            + "its locations charge in, e.g. {\"AED\": {\"session\": 95000}}. A booking is priced in its "
            + "location's currency (422 PRICE_NOT_SET when the treatment has no prices in it).")
    public TreatmentSettingsView update(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                        @PathParam("id") String id, @NotNull @Valid TreatmentSettingsRequest request) {
        return TreatmentSettingsView.of(menu.update(principal.identity(), id,
                new TreatmentSettingsUpdate(request.enabled(), request.prices(), request.pricesByCurrency(),
                        request.depositPercent())),
                plugins.get(id).defaultPrices().keySet());
    }

    @POST
    @Path("/{id}/quote")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "quoteTreatment",
            summary = "Price a course", description = "Body: {sessions, ...plugin options}. Recorded with the "
            + "plugin version. 422 SESSIONS_OUT_OF_RANGE, PRICE_NOT_SET, TREATMENT_NOT_ENABLED or a plugin's code.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteView.class)))
    public Response quote(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                          @NotNull @Valid QuoteRequestBody request) {
        return Response.status(Response.Status.CREATED)
                .entity(QuoteView.of(menu.quote(principal.identity(), id, request.getSessions(), request.options()),
                        Languages.pick(acceptLanguage)))
                .build();
    }
}
