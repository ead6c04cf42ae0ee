package com.regimen.core.messages;

import com.regimen.core.outbox.MessageEvent;

/**
 * One event's wording in one language: a subject (email only) and a body, both Mustache.
 *
 * @param customised the clinic chain's own wording; false: the shipped default
 */
public record MessageTemplate(MessageEvent event, String language, String subject, String body, boolean customised) {
}
