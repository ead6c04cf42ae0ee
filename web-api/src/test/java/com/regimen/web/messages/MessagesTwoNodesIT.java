package com.regimen.web.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeMessagingProvider;
import com.regimen.web.testing.MessagingServer;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server nodes on one database, each with two dispatcher threads racing for the same outbox: every
 * message reaches the mailbox or the phone exactly once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MessagesTwoNodesIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final GreenMail SMTP = MessagingServer.startSmtp();
    private static final FakeMessagingProvider PROVIDER = new FakeMessagingProvider();
    private static final DropwizardAppExtension<RegimenConfiguration> NODE_A =
            MessagingServer.app(DB, "dw.", SMTP, PROVIDER);
    private static final DropwizardAppExtension<RegimenConfiguration> NODE_B =
            MessagingServer.app(DB, "dwmsgnodeb.", SMTP, PROVIDER);
    private static final int PATIENTS = 15;

    @AfterAll
    static void stop() {
        SMTP.stop();
        PROVIDER.close();
    }

    @Test
    void racingDispatchersOnTwoNodesSendEveryMessageExactlyOnce() throws Exception {
        Api api = TestApps.api(NODE_A);
        Clinic c = Clinics.open(api, "Asia/Riyadh", 500);
        assertThat(api.put("/settings/messages", c.key(), Map.of("reminderHours", List.of(48, 24),
                "quietFrom", "00:00", "quietTo", "00:00", "channels", List.of("EMAIL", "SMS"))).status())
                .isEqualTo(200);
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> visits = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            String email = "two-nodes-" + i + "@patients.example";
            String phone = "+9665501" + String.format("%05d", i);
            String patient = MessagingServer.patient(api, c, "Patient " + i, phone, email, i % 2 == 0 ? "ar" : "en");
            // Half booked through each node.
            Reply booked = Clinics.book(i % 2 == 0 ? api : TestApps.api(NODE_B), c, patient, "prp",
                    Instant.parse("2027-01-10T07:00:00Z").plusSeconds(86_400L * i).toString(), Map.of());
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            emails.add(email);
            phones.add(phone);
            visits.add(booked.text("id"));
        }

        List<Runnable> dispatchers = List.of(
                () -> MessagingServer.services(NODE_A).messageDispatcher().dispatchDue(),
                () -> MessagingServer.services(NODE_A).messageDispatcher().dispatchDue(),
                () -> MessagingServer.services(NODE_B).messageDispatcher().dispatchDue(),
                () -> MessagingServer.services(NODE_B).messageDispatcher().dispatchDue());
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (Runnable dispatcher : dispatchers) {
            runs.add(threads.submit(() -> {
                start.await();
                // Several passes each, so claims interleave with the others' sends and records.
                for (int pass = 0; pass < 5; pass++) {
                    dispatcher.run();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        List<MimeMessage> mail = Arrays.stream(SMTP.getReceivedMessages()).toList();
        Map<String, Long> perMessageId = mail.stream().collect(Collectors.groupingBy(m -> header(m, "Message-ID"),
                Collectors.counting()));
        assertThat(perMessageId).hasSize(PATIENTS);
        assertThat(perMessageId.values()).containsOnly(1L);
        Set<String> recipients = mail.stream().map(m -> header(m, "To")).collect(Collectors.toSet());
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(emails);

        Map<String, Long> smsPerPhone = PROVIDER.accepted().stream()
                .collect(Collectors.groupingBy(FakeMessagingProvider.Accepted::to, Collectors.counting()));
        assertThat(smsPerPhone.keySet()).containsExactlyInAnyOrderElementsOf(phones);
        assertThat(smsPerPhone.values()).containsOnly(1L);
        assertThat(PROVIDER.violations()).isEmpty();

        Function<String, List<JsonNode>> confirmations = visit -> MessagingServer.messages(api, c, visit).stream()
                .filter(m -> m.path("event").asText().equals("CONFIRMATION")).toList();
        for (String visit : visits) {
            assertThat(confirmations.apply(visit)).hasSize(2).allSatisfy(m -> {
                assertThat(m.path("status").asText()).isEqualTo("SENT");
                assertThat(m.path("attempts").asInt()).isEqualTo(1);
            });
        }
        assertThat(perMessageId.keySet()).allSatisfy(id -> assertThat(visits.stream()
                .flatMap(v -> confirmations.apply(v).stream()).map(m -> "<" + m.path("id").asText()
                        + "@glow.example>")).contains(id));
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name)[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
