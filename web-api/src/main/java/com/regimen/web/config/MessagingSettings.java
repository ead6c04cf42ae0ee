package com.regimen.web.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.regimen.core.messages.ProviderSettings;
import com.regimen.core.messages.SmtpSettings;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Patient messages: the SMTP server for email and the SMS/WhatsApp provider (Twilio's API shape),
 * all from the environment (config.yml). A channel without its settings is not configured: its
 * messages are recorded as not sent, with that reason. {@code pollInterval} 0: this node sends nothing.
 */
public class MessagingSettings {
    private String smtpHost = "";
    @Min(1)
    @Max(65535)
    private int smtpPort = 587;
    private String smtpUser = "";
    private String smtpPassword = "";
    private String smtpFrom = "";
    private boolean smtpStartTls = true;
    private String providerBaseUrl = "https://api.twilio.com";
    private String providerAccountSid = "";
    private String providerAuthToken = "";
    private String smsFrom = "";
    private String whatsappFrom = "";
    @NotNull
    private Duration pollInterval = Duration.seconds(10);

    public SmtpSettings smtp() {
        return new SmtpSettings(smtpHost, smtpPort, smtpUser, smtpPassword, smtpFrom, smtpStartTls);
    }

    public ProviderSettings provider() {
        return new ProviderSettings(providerBaseUrl, providerAccountSid, providerAuthToken, smsFrom, whatsappFrom);
    }

    @JsonProperty
    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost;
    }

    @JsonProperty
    public void setSmtpPort(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    @JsonProperty
    public void setSmtpUser(String smtpUser) {
        this.smtpUser = smtpUser;
    }

    @JsonProperty
    public void setSmtpPassword(String smtpPassword) {
        this.smtpPassword = smtpPassword;
    }

    @JsonProperty
    public void setSmtpFrom(String smtpFrom) {
        this.smtpFrom = smtpFrom;
    }

    @JsonProperty
    public void setSmtpStartTls(boolean smtpStartTls) {
        this.smtpStartTls = smtpStartTls;
    }

    @JsonProperty
    public void setProviderBaseUrl(String providerBaseUrl) {
        this.providerBaseUrl = providerBaseUrl;
    }

    @JsonProperty
    public void setProviderAccountSid(String providerAccountSid) {
        this.providerAccountSid = providerAccountSid;
    }

    @JsonProperty
    public void setProviderAuthToken(String providerAuthToken) {
        this.providerAuthToken = providerAuthToken;
    }

    @JsonProperty
    public void setSmsFrom(String smsFrom) {
        this.smsFrom = smsFrom;
    }

    @JsonProperty
    public void setWhatsappFrom(String whatsappFrom) {
        this.whatsappFrom = whatsappFrom;
    }

    @JsonProperty
    public Duration getPollInterval() {
        return pollInterval;
    }

    @JsonProperty
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }
}
