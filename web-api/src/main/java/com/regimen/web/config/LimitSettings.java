package com.regimen.web.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What one request, or one client, may cost the server: how long a database statement may run,
 * how many password hashes may run at once and how long a sign-in waits for its turn, how many
 * sign-ups one address may make an hour, and which proxies are trusted to name the client.
 */
public class LimitSettings {
    @NotNull
    private Duration statementTimeout = Duration.seconds(10);

    @Min(1)
    private int concurrentPasswordHashes = 4;

    @NotNull
    private Duration passwordHashWait = Duration.seconds(1);

    @Min(1)
    private int signupsPerAddressPerHour = 10;

    /** Comma-separated addresses or CIDR ranges of our own reverse proxies; empty: none trusted. */
    private String trustedProxies = "";

    @NotNull
    private String clientAddressHeader = "X-Forwarded-For";

    @JsonProperty
    public Duration getStatementTimeout() {
        return statementTimeout;
    }

    @JsonProperty
    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    @JsonProperty
    public int getConcurrentPasswordHashes() {
        return concurrentPasswordHashes;
    }

    @JsonProperty
    public void setConcurrentPasswordHashes(int concurrentPasswordHashes) {
        this.concurrentPasswordHashes = concurrentPasswordHashes;
    }

    @JsonProperty
    public Duration getPasswordHashWait() {
        return passwordHashWait;
    }

    @JsonProperty
    public void setPasswordHashWait(Duration passwordHashWait) {
        this.passwordHashWait = passwordHashWait;
    }

    @JsonProperty
    public int getSignupsPerAddressPerHour() {
        return signupsPerAddressPerHour;
    }

    @JsonProperty
    public void setSignupsPerAddressPerHour(int signupsPerAddressPerHour) {
        this.signupsPerAddressPerHour = signupsPerAddressPerHour;
    }

    @JsonProperty
    public String getTrustedProxies() {
        return trustedProxies;
    }

    @JsonProperty
    public void setTrustedProxies(String trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @JsonProperty
    public String getClientAddressHeader() {
        return clientAddressHeader;
    }

    @JsonProperty
    public void setClientAddressHeader(String clientAddressHeader) {
        this.clientAddressHeader = clientAddressHeader;
    }
}
