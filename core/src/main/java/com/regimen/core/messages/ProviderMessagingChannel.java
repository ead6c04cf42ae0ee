package com.regimen.core.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.regimen.core.outbox.Channel;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SMS or WhatsApp through one HTTP provider adapter with Twilio's Messages API shape:
 * {@code POST {base}/2010-04-01/Accounts/{sid}/Messages.json}, form-encoded To, From and Body, HTTP
 * basic auth with the account sid and token; WhatsApp numbers carry the {@code whatsapp:} prefix.
 * 429 and 5xx and no answer are transient (retried), any other 4xx refuses the message for good.
 */
public final class ProviderMessagingChannel implements MessageChannel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final Channel channel;
    private final ProviderSettings settings;
    private final String from;
    private final HttpClient http;

    public ProviderMessagingChannel(Channel channel, ProviderSettings settings) {
        if (channel == Channel.EMAIL) {
            throw new IllegalArgumentException("email goes over SMTP");
        }
        this.channel = channel;
        this.settings = settings;
        this.from = channel == Channel.SMS ? settings.smsFrom() : settings.whatsappFrom();
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public boolean configured() {
        return settings.configured(from);
    }

    @Override
    public String send(OutgoingMessage message) throws ChannelFailure {
        String prefix = channel == Channel.WHATSAPP ? "whatsapp:" : "";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", prefix + message.to());
        form.put("From", prefix + from);
        form.put("Body", message.text());
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
                : settings.baseUrl();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/2010-04-01/Accounts/"
                        + URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8) + "/Messages.json"))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelFailure(true, "PROVIDER_UNREACHABLE");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelFailure(true, "INTERRUPTED");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                JsonNode sid = JSON.readTree(response.body()).path("sid");
                return sid.isTextual() ? sid.asText() : null;
            } catch (IOException e) {
                return null; // accepted; the provider's id is only for looking it up
            }
        }
        if (status == 429 || status >= 500) {
            throw new ChannelFailure(true, "PROVIDER_UNAVAILABLE_HTTP_" + status);
        }
        throw new ChannelFailure(false, "PROVIDER_REFUSED_HTTP_" + status);
    }
}
