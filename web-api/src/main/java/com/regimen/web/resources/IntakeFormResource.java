package com.regimen.web.resources;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.patients.IntakeCatalog;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.web.api.Languages;
import com.regimen.web.api.Question;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/intake-form")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patients and screening")
public class IntakeFormResource {
    private final PluginRegistry plugins;
    private final TreatmentMenu menu;

    public IntakeFormResource(PluginRegistry plugins, TreatmentMenu menu) {
        this.plugins = plugins;
        this.menu = menu;
    }

    /** The questions, localized; without a treatment, those of every treatment the clinic offers. */
    public record IntakeForm(@Schema(nullable = true) String treatmentId, List<Question> questions) {
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getIntakeForm",
            summary = "The intake questions to ask", description = "Localized by Accept-Language. Without "
            + "treatmentId: the questions of every treatment this clinic chain offers.")
    public IntakeForm form(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @QueryParam("treatmentId") String treatmentId,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Languages.pick(acceptLanguage);
        var questions = treatmentId == null ? IntakeCatalog.questionsOf(menu.offeredPlugins(principal.identity()))
                : plugins.get(treatmentId).protocol().intakeQuestions();
        return new IntakeForm(treatmentId, Question.of(questions, language));
    }
}
