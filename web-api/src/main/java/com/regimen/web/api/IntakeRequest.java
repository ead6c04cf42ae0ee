package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Answers by question code: true/false, text, a list of texts, or a date "2026-12-01". */
public record IntakeRequest(@NotNull @Size(max = 200)
                            @Schema(additionalPropertiesSchema = IntakeAnswer.class) Map<String, Object> answers) {
}
