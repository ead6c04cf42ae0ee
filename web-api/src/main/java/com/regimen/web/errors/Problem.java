package com.regimen.web.errors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.regimen.core.errors.FieldError;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code code} is the stable machine code clients switch on;
 * {@code detail} is for people and may change wording.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
                      @JsonAnyGetter Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail) {
        return of(status, code, title, detail, List.of(), Map.of());
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors,
                             Map<String, Object> extensions) {
        String type = "https://regimen.example/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-');
        return new Problem(type, title, status, detail, code, List.copyOf(errors), Map.copyOf(extensions));
    }
}
