package com.regimen.core.messages;

/**
 * A rendered message for one address.
 *
 * @param messageId our id, sent where the channel carries one (email's Message-ID), so a repeat
 *                  after a crash between the provider's accept and our record is recognisable
 * @param to        an email address, or an E.164 phone number
 * @param html      the body HTML-escaped and laid out for email; null for text-only channels
 */
public record OutgoingMessage(String messageId, String to, String language, String subject, String text,
                              String html) {
    @Override
    public String toString() {
        return "OutgoingMessage[" + messageId + "]"; // never the address or text
    }
}
