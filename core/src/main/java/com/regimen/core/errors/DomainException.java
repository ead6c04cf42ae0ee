package com.regimen.core.errors;

import java.util.List;
import java.util.Map;

/**
 * A refusal by a domain rule, with a stable machine code (UPPER_SNAKE) that clients may switch
 * on. The message is written for the person at the front desk and must never carry secrets or
 * another tenant's data.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> extensions;

    public DomainException(ErrorKind kind, String code, String message) {
        this(kind, code, message, List.of(), Map.of());
    }

    public DomainException(ErrorKind kind, String code, String message, List<FieldError> fieldErrors,
                           Map<String, Object> extensions) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.extensions = Map.copyOf(extensions);
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorKind.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The request is not valid",
                List.of(new FieldError(field, message)), Map.of());
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
