package com.regimen.core.messages;

/**
 * An SMS/WhatsApp provider speaking Twilio's Messages API (from the environment). A blank account or
 * token, or no sending number for a channel: that channel is not configured.
 *
 * @param baseUrl      e.g. https://api.twilio.com
 * @param smsFrom      the E.164 number SMS come from
 * @param whatsappFrom the E.164 number WhatsApp messages come from
 */
public record ProviderSettings(String baseUrl, String accountSid, String authToken, String smsFrom,
                               String whatsappFrom) {
    boolean configured(String from) {
        return blankless(baseUrl) && blankless(accountSid) && blankless(authToken) && blankless(from);
    }

    private static boolean blankless(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return "ProviderSettings[" + baseUrl + "]"; // never the token
    }
}
