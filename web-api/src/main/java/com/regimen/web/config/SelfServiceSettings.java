package com.regimen.web.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Patients' self-service links: the address patients reach this server at (links are built on it),
 * how long after the appointment's end a desk-issued link still opens, and the rate limits of the
 * public pages, per client address and per link.
 */
public class SelfServiceSettings {
    @NotBlank
    private String publicBaseUrl = "http://localhost:8080";
    @NotNull
    private Duration linkMargin = Duration.hours(24);
    @Min(1)
    @Max(100_000)
    private int requestsPerMinutePerAddress = 60;
    @Min(1)
    @Max(100_000)
    private int requestsPerMinutePerLink = 30;

    @JsonProperty
    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    @JsonProperty
    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    @JsonProperty
    public Duration getLinkMargin() {
        return linkMargin;
    }

    @JsonProperty
    public void setLinkMargin(Duration linkMargin) {
        this.linkMargin = linkMargin;
    }

    @JsonProperty
    public int getRequestsPerMinutePerAddress() {
        return requestsPerMinutePerAddress;
    }

    @JsonProperty
    public void setRequestsPerMinutePerAddress(int requestsPerMinutePerAddress) {
        this.requestsPerMinutePerAddress = requestsPerMinutePerAddress;
    }

    @JsonProperty
    public int getRequestsPerMinutePerLink() {
        return requestsPerMinutePerLink;
    }

    @JsonProperty
    public void setRequestsPerMinutePerLink(int requestsPerMinutePerLink) {
        this.requestsPerMinutePerLink = requestsPerMinutePerLink;
    }
}
