package com.regimen.web.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.regimen.core.scheduling.PractitionerForm;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Credentials may be plain names ({@code "PHYSICIAN"}) or licences
 * ({@code {"type": "PHYSICIAN", "licenceNumber": "SCFHS-123", "expiresOn": "2027-06-30"}}).
 */
public record PractitionerRequest(@NotBlank @Size(max = 200) String name,
                                  @Size(max = 64) @Schema(nullable = true) String userId,
                                  @Size(max = 10) @ArraySchema(schema = @Schema(implementation = CredentialEntry.class))
                                  List<CredentialRequest> credentials,
                                  @Size(max = 100) List<PractitionerForm.ShiftForm> schedule) {

    /** The OpenAPI shape of one entry of {@code credentials}; entries are read as {@link CredentialRequest}. */
    @Schema(name = "CredentialEntry", description = "A credential's name (\"PHYSICIAN\"), or a licence",
            oneOf = {String.class, CredentialRequest.class})
    public static final class CredentialEntry {
        private CredentialEntry() {
        }
    }

    public record CredentialRequest(String type, @Schema(nullable = true) String licenceNumber,
                                    @Schema(nullable = true) LocalDate expiresOn) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public CredentialRequest {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static CredentialRequest of(String type) {
            return new CredentialRequest(type, null, null);
        }
    }

    public PractitionerForm toForm() {
        return new PractitionerForm(name, userId, credentials == null ? List.of() : credentials.stream()
                .map(c -> c == null ? null : new PractitionerForm.CredentialForm(c.type(), c.licenceNumber(),
                        c.expiresOn())).toList(), schedule);
    }
}
