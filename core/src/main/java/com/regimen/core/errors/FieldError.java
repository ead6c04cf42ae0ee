package com.regimen.core.errors;

/** One invalid field of a request, named as the client sent it. */
public record FieldError(String field, String message) {
}
