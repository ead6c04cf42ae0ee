package com.regimen.core.messages;

/**
 * Where email goes: an SMTP server (from the environment). A blank host: email is not configured.
 *
 * @param startTls upgrade the connection with STARTTLS (required when set, so a password never goes in clear)
 */
public record SmtpSettings(String host, int port, String user, String password, String from, boolean startTls) {
    public boolean configured() {
        return host != null && !host.isBlank() && from != null && !from.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + "]"; // never the password
    }
}
