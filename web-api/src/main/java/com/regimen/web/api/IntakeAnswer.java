package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The OpenAPI shape of one intake answer; answers travel as plain JSON values, never as this class. */
@Schema(name = "IntakeAnswer", description = "true/false, a text, a list of texts, or a date \"2026-12-01\"",
        oneOf = {Boolean.class, String.class, String[].class})
public final class IntakeAnswer {
    private IntakeAnswer() {
    }
}
