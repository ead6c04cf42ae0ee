package com.regimen.web.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The platform's Stripe keys (from the environment only) and the API base, which tests and
 * regional proxies override. Without a secret key, card payments answer 503 and cash still works.
 */
public class StripeSettings {
    private String secretKey = "";
    private String webhookSecret = "";
    private String publishableKey = "";
    private String apiBase = "";
    @Min(0)
    @Max(50)
    private int applicationFeePercent;

    @JsonProperty
    public String getSecretKey() {
        return secretKey;
    }

    @JsonProperty
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    @JsonProperty
    public String getWebhookSecret() {
        return webhookSecret;
    }

    @JsonProperty
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    @JsonProperty
    public String getPublishableKey() {
        return publishableKey;
    }

    @JsonProperty
    public void setPublishableKey(String publishableKey) {
        this.publishableKey = publishableKey;
    }

    @JsonProperty
    public String getApiBase() {
        return apiBase;
    }

    @JsonProperty
    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    @JsonProperty
    public int getApplicationFeePercent() {
        return applicationFeePercent;
    }

    @JsonProperty
    public void setApplicationFeePercent(int applicationFeePercent) {
        this.applicationFeePercent = applicationFeePercent;
    }

    /** Never print the keys. */
    @Override
    public String toString() {
        return "StripeSettings[apiBase=" + apiBase + ", applicationFeePercent=" + applicationFeePercent + "]";
    }
}
