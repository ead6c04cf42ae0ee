package com.regimen.web.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.regimen.core.messages.MessageDispatcher;
import com.regimen.core.messages.SmtpEmailChannel;
import com.regimen.core.messages.SmtpSettings;
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
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.wiring.RegimenServices;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Patient messages end to end: booking writes them, the dispatcher sends them (called here, as the
 * poller would, so every step is seen), real email lands in GreenMail and SMS at the checking fake.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MessagesIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final GreenMail SMTP = MessagingServer.startSmtp();
    private static final FakeMessagingProvider PROVIDER = new FakeMessagingProvider();
    private static final DropwizardAppExtension<RegimenConfiguration> APP =
            MessagingServer.app(DB, "dw.", SMTP, PROVIDER);
    private static final String START = "2027-01-10T07:00:00Z";

    @AfterAll
    static void stop() {
        SMTP.stop();
        PROVIDER.close();
    }

    private static Api api() {
        return TestApps.api(APP);
    }

    private static RegimenServices services() {
        return MessagingServer.services(APP);
    }

    private static int dispatch() {
        return services().messageDispatcher().dispatchDue();
    }

    /** A clinic chain with no quiet hours (so the wall clock cannot decide a test) on the given channels. */
    private static Clinic clinic(String zone, String... channels) {
        Clinic c = Clinics.open(api(), zone, 500);
        settings(c, List.of(48, 24), "00:00", "00:00", List.of(channels));
        return c;
    }

    private static void settings(Clinic c, List<Integer> hours, String from, String to, List<String> channels) {
        Reply put = api().put("/settings/messages", c.key(), Map.of("reminderHours", hours, "quietFrom", from,
                "quietTo", to, "channels", channels));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    private static String email() {
        return "p" + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";
    }

    private static String phone() {
        return "+96655" + String.format("%07d", (int) (Math.random() * 10_000_000));
    }

    private static String book(Clinic c, String patient, String start) {
        Reply booked = Clinics.book(api(), c, patient, "prp", start, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.text("id");
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        Multipart alternative = (Multipart) mail.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType(type)) {
                return alternative.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static List<FakeMessagingProvider.Accepted> smsTo(String phone) {
        return PROVIDER.accepted().stream().filter(a -> a.to().equals(phone)).toList();
    }

    private static JsonNode only(List<JsonNode> messages, String event, String channel) {
        List<JsonNode> found = messages.stream().filter(m -> m.path("event").asText().equals(event)
                && m.path("channel").asText().equals(channel)).toList();
        assertThat(found).as(event + " on " + channel + " in " + messages).hasSize(1);
        return found.get(0);
    }

    @Test
    void aConfirmationReachesTheMailboxAndThePhoneInThePatientsLanguageAndTheLocationsZone() throws Exception {
        Clinic riyadh = clinic("Asia/Riyadh", "EMAIL", "SMS");
        String enMail = email();
        String enPhone = phone();
        String en = MessagingServer.patient(api(), riyadh, "Noor Haddad", enPhone, enMail, "en");
        String enVisit = book(riyadh, en, START);
        Clinic dubai = clinic("Asia/Dubai", "EMAIL", "SMS");
        String arMail = email();
        String ar = MessagingServer.patient(api(), dubai, "نور حداد", phone(), arMail, "ar");
        String arVisit = book(dubai, ar, START);

        List<JsonNode> written = MessagingServer.messages(api(), riyadh, enVisit);
        assertThat(only(written, "CONFIRMATION", "EMAIL").path("status").asText()).isEqualTo("PENDING");
        assertThat(written.stream().filter(m -> m.path("event").asText().equals("REMINDER")))
                .extracting(m -> m.path("notBefore").asText())
                .containsOnly("2027-01-08T07:00:00Z", "2027-01-09T07:00:00Z").hasSize(4);

        dispatch();

        MimeMessage english = mailTo(enMail).get(0);
        assertThat(mailTo(enMail)).hasSize(1);
        assertThat(english.getSubject()).isEqualTo("Your Platelet-rich plasma (PRP) appointment on Sunday, "
                + "January 10, 2027");
        String text = part(english, "text/plain");
        // 07:00 UTC is 10:00 in Riyadh, 11:00 in Dubai.
        assertThat(text).contains("Dear Noor Haddad", "at 10:00 with", "Before your session:");
        JsonNode care = api().get("/appointments/" + enVisit, riyadh.key()).json().path("careInstructions");
        assertThat(care.path("preCare")).isNotEmpty();
        care.path("preCare").forEach(line -> assertThat(text).contains("- " + line.asText()));
        assertThat(english.getHeader("Message-ID")[0])
                .isEqualTo("<" + only(MessagingServer.messages(api(), riyadh, enVisit), "CONFIRMATION", "EMAIL")
                        .path("id").asText() + "@glow.example>");
        assertThat(part(english, "text/html")).startsWith("<div dir=\"ltr\" lang=\"en\">");

        MimeMessage arabic = mailTo(arMail).get(0);
        assertThat(arabic.getSubject()).startsWith("موعد ").contains("2027");
        String arText = part(arabic, "text/plain");
        assertThat(arText).contains("عزيزتي/عزيزي نور حداد", "الساعة 11:00", "قبل الجلسة:");
        JsonNode arCare = api().get("/appointments/" + arVisit, dubai.key()).json().path("careInstructions");
        arCare.path("preCare").forEach(line -> assertThat(arText).contains("- " + line.asText()));
        assertThat(part(arabic, "text/html")).startsWith("<div dir=\"rtl\" lang=\"ar\">");

        List<FakeMessagingProvider.Accepted> sms = smsTo(enPhone);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).from()).isEqualTo(FakeMessagingProvider.SMS_FROM);
        assertThat(sms.get(0).body()).contains("Dear Noor Haddad", "at 10:00 with");
        JsonNode smsRow = only(MessagingServer.messages(api(), riyadh, enVisit), "CONFIRMATION", "SMS");
        assertThat(smsRow.path("status").asText()).isEqualTo("SENT");
        assertThat(smsRow.path("attempts").asInt()).isEqualTo(1);
        assertThat(PROVIDER.violations()).isEmpty();
    }

    @Test
    void anOptOutMadeAfterTheMessageWasWrittenStillHolds() throws Exception {
        Clinic c = clinic("Asia/Riyadh", "EMAIL", "SMS");
        String mail = email();
        String phone = phone();
        String patient = MessagingServer.patient(api(), c, "Opted Out", phone, mail, "en");
        String visit = book(c, patient, START);
        Reply optOut = api().put("/patients/" + patient + "/message-opt-outs", c.key(),
                Map.of("email", false, "sms", true, "whatsapp", false));
        assertThat(optOut.status()).as(optOut.toString()).isEqualTo(200);
        assertThat(optOut.json().path("sms").asBoolean()).isTrue();

        dispatch();

        List<JsonNode> messages = MessagingServer.messages(api(), c, visit);
        assertThat(only(messages, "CONFIRMATION", "SMS").path("status").asText()).isEqualTo("SKIPPED");
        assertThat(only(messages, "CONFIRMATION", "SMS").path("reason").asText()).isEqualTo("NOT_SENT_OPTED_OUT");
        assertThat(only(messages, "CONFIRMATION", "EMAIL").path("status").asText()).isEqualTo("SENT");
        assertThat(smsTo(phone)).isEmpty();
        assertThat(mailTo(mail)).hasSize(1);
    }

    @Test
    void nothingIsSentAboutACancelledVisitButTheCancellationItself() throws Exception {
        Clinic c = clinic("Asia/Riyadh", "EMAIL");
        String mail = email();
        String patient = MessagingServer.patient(api(), c, "Cancelled Visit", null, mail, "en");
        String visit = book(c, patient, START);
        Reply cancelled = api().post("/appointments/" + visit + "/cancel", c.key(), Map.of("reason", "travel"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        dispatch();

        List<JsonNode> messages = MessagingServer.messages(api(), c, visit);
        assertThat(only(messages, "CONFIRMATION", "EMAIL").path("reason").asText())
                .isEqualTo("NOT_SENT_VISIT_CANCELLED");
        assertThat(only(messages, "CANCELLATION", "EMAIL").path("status").asText()).isEqualTo("SENT");
        List<MimeMessage> received = mailTo(mail);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("is cancelled");
    }

    @Test
    void aRescheduleSkipsTheOldRemindersAndWritesNewOnes() throws Exception {
        Clinic c = clinic("Asia/Riyadh", "EMAIL");
        String mail = email();
        String patient = MessagingServer.patient(api(), c, "Moved Visit", null, mail, "en");
        String visit = book(c, patient, START);
        Reply moved = api().post("/appointments/" + visit + "/reschedule", c.key(),
                Map.of("start", "2027-01-12T08:00:00Z"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        List<JsonNode> messages = MessagingServer.messages(api(), c, visit);
        List<JsonNode> reminders = messages.stream().filter(m -> m.path("event").asText().equals("REMINDER")).toList();
        assertThat(reminders).hasSize(4);
        assertThat(reminders.stream().filter(m -> m.path("status").asText().equals("SKIPPED")))
                .extracting(m -> m.path("reason").asText() + " " + m.path("notBefore").asText())
                .containsExactlyInAnyOrder("NOT_SENT_VISIT_MOVED 2027-01-08T07:00:00Z",
                        "NOT_SENT_VISIT_MOVED 2027-01-09T07:00:00Z");
        assertThat(reminders.stream().filter(m -> m.path("status").asText().equals("PENDING")))
                .extracting(m -> m.path("notBefore").asText())
                .containsExactlyInAnyOrder("2027-01-10T08:00:00Z", "2027-01-11T08:00:00Z");

        dispatch();

        assertThat(only(MessagingServer.messages(api(), c, visit), "RESCHEDULE", "EMAIL").path("status").asText())
                .isEqualTo("SENT");
        assertThat(mailTo(mail)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                // Rendered when sent: the confirmation, sent after the move, already says the new day.
                "Your Platelet-rich plasma (PRP) appointment on Tuesday, January 12, 2027",
                "Your Platelet-rich plasma (PRP) appointment moved to Tuesday, January 12, 2027");
        assertThat(part(mailTo(mail).stream().filter(m -> {
            try {
                return m.getSubject().contains("moved");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(), "text/plain")).contains("at 11:00 with");
    }

    @Test
    void quietHoursInTheLocationsZoneDeferTheMessageToTheirEnd() throws Exception {
        Clinic c = Clinics.open(api(), "Asia/Tokyo", 500);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalTime local = TestRegimenApplication.CLOCK.instant().atZone(tokyo).toLocalTime()
                .truncatedTo(ChronoUnit.MINUTES);
        LocalTime quietTo = local.plusHours(1);
        settings(c, List.of(24), local.minusHours(1).toString(), quietTo.toString(), List.of("EMAIL"));
        String mail = email();
        String patient = MessagingServer.patient(api(), c, "Night Owl", null, mail, "en");
        String visit = book(c, patient, START);

        dispatch();

        JsonNode deferred = only(MessagingServer.messages(api(), c, visit), "CONFIRMATION", "EMAIL");
        assertThat(deferred.path("status").asText()).isEqualTo("DEFERRED");
        assertThat(deferred.path("reason").asText()).isEqualTo("DEFERRED_QUIET_HOURS");
        Instant until = Instant.parse(deferred.path("nextAttemptAt").asText());
        assertThat(until.atZone(tokyo).toLocalTime()).isEqualTo(quietTo);
        assertThat(mailTo(mail)).isEmpty();

        TestRegimenApplication.CLOCK.advance(Duration.between(TestRegimenApplication.CLOCK.instant(), until)
                .plusMinutes(1));
        dispatch();

        assertThat(only(MessagingServer.messages(api(), c, visit), "CONFIRMATION", "EMAIL").path("status").asText())
                .isEqualTo("SENT");
        assertThat(mailTo(mail)).hasSize(1);
    }

    @Test
    void aProviderOutageDelaysMessagesAndLosesNone() {
        Clinic c = clinic("Asia/Riyadh", "SMS");
        List<String> phones = List.of(phone(), phone(), phone(), phone());
        List<String> visits = new java.util.ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            visits.add(book(c, MessagingServer.patient(api(), c, "Outage " + i, phones.get(i), null, "en"),
                    Instant.parse(START).plus(Duration.ofDays(i)).toString()));
        }
        PROVIDER.failNext(6);
        int refusedBefore = PROVIDER.refusedDuringOutage();

        dispatch();
        List<JsonNode> first = visits.stream().map(v -> only(MessagingServer.messages(api(), c, v), "CONFIRMATION",
                "SMS")).toList();
        assertThat(first).extracting(m -> m.path("status").asText()).containsOnly("DEFERRED");
        assertThat(first).extracting(m -> m.path("reason").asText())
                .containsOnly("RETRYING_PROVIDER_UNAVAILABLE_HTTP_503");
        int rounds = 0;
        while (visits.stream().anyMatch(v -> !only(MessagingServer.messages(api(), c, v), "CONFIRMATION", "SMS")
                .path("status").asText().equals("SENT"))) {
            assertThat(rounds++).as("rounds until the outage is over").isLessThan(10);
            TestRegimenApplication.CLOCK.advance(Duration.ofMinutes(61));
            dispatch();
        }

        assertThat(PROVIDER.refusedDuringOutage() - refusedBefore).isEqualTo(6);
        for (String phone : phones) {
            assertThat(smsTo(phone)).as(phone).hasSize(1);
        }
        assertThat(visits.stream().mapToInt(v -> only(MessagingServer.messages(api(), c, v), "CONFIRMATION", "SMS")
                .path("attempts").asInt()).sum()).isEqualTo(4 + 6);
        assertThat(PROVIDER.violations()).isEmpty();
    }

    @Test
    void aChannelTheServerHasNoSettingsForIsRecordedAsNotSent() {
        Clinic c = clinic("Asia/Riyadh", "WHATSAPP");
        String patient = MessagingServer.patient(api(), c, "No WhatsApp", phone(), null, "en");
        String visit = book(c, patient, START);

        dispatch();

        JsonNode whatsapp = only(MessagingServer.messages(api(), c, visit), "CONFIRMATION", "WHATSAPP");
        assertThat(whatsapp.path("status").asText()).isEqualTo("SKIPPED");
        assertThat(whatsapp.path("reason").asText()).isEqualTo("NOT_SENT_CHANNEL_NOT_CONFIGURED");
        assertThat(linksIssued(c, visit)).as("a message not sent issues no self-service link").isZero();
    }

    private static int linksIssued(Clinic c, String visit) {
        return DB.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM self_service_links WHERE tenant_id = ? "
                + "AND appointment_id = ?").bind(0, c.tenant().tenantId()).bind(1, visit).mapTo(Integer.class).one());
    }

    @Test
    void theConfirmationCarriesThePatientsLinkWhenOneIsGiven() throws Exception {
        Clinic c = clinic("Asia/Riyadh", "EMAIL");
        String mail = email();
        String patient = MessagingServer.patient(api(), c, "Linked Patient", null, mail, "en");
        String visit = book(c, patient, START);
        RegimenServices s = services();
        MessageDispatcher withLinks = new MessageDispatcher(s.jdbi(), TestRegimenApplication.CLOCK, s.plugins(),
                (tenant, p, appointment, expires) -> Optional.of(URI.create("https://link.example/" + tenant + "/"
                        + p + "/" + appointment + "?until=" + expires.getEpochSecond())),
                s.messageTemplates(), s.messageSettings(), s.optOuts(), List.of(new SmtpEmailChannel(
                new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), "", "", "hello@glow.example", false))));

        withLinks.dispatchDue();

        String text = part(mailTo(mail).get(0), "text/plain");
        long expires = Instant.parse(START).plus(Duration.ofDays(1)).getEpochSecond();
        assertThat(text).contains("See, confirm or cancel your appointment: https://link.example/"
                + c.tenant().tenantId() + "/" + patient + "/" + visit + "?until=" + expires);
    }

    /** The server's own wiring: the confirmation's link is a real self-service link that opens this visit. */
    @Test
    void theServersConfirmationCarriesASelfServiceLinkThatOpensTheVisit() throws Exception {
        Clinic c = clinic("Asia/Riyadh", "EMAIL");
        String mail = email();
        String patient = MessagingServer.patient(api(), c, "Link Reader", null, mail, "en");
        String visit = book(c, patient, START);

        dispatch();

        String text = part(mailTo(mail).get(0), "text/plain");
        Matcher link = Pattern.compile("/patient\\.html#(rgp_[A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as("a self-service link in: " + text).isTrue();
        Reply opened = api().send("GET", "/self-service/visit", null, null,
                Map.of("Self-Service-Token", link.group(1)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.text("appointmentId")).isEqualTo(visit);
        assertThat(linksIssued(c, visit)).as("one link, for the one message sent").isEqualTo(1);
        String token = link.group(1);
        char last = token.charAt(token.length() - 1);
        Reply tampered = api().send("GET", "/self-service/visit", null, null,
                Map.of("Self-Service-Token", token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')));
        assertThat(tampered.status()).as(tampered.toString()).isEqualTo(404);
    }

    @Test
    void theChainsOwnWordingIsCheckedUsedAndReset() throws Exception {
        Clinic c = clinic("Asia/Riyadh", "EMAIL");
        Reply unknown = api().put("/message-templates/CONFIRMATION/en", c.key(),
                Map.of("subject", "Hello {{patientName}}", "body", "See you {{when}} and {{pet}}"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.text("code")).isEqualTo("UNKNOWN_TEMPLATE_VARIABLE");
        assertThat(unknown.json().path("unknown")).extracting(JsonNode::asText).containsExactly("pet", "when");
        Reply unclosed = api().put("/message-templates/CONFIRMATION/en", c.key(),
                Map.of("subject", "Hello", "body", "{{#preCare}}- {{.}}"));
        assertThat(unclosed.status()).as(unclosed.toString()).isEqualTo(422);
        assertThat(unclosed.text("code")).isEqualTo("INVALID_TEMPLATE");
        Reply include = api().put("/message-templates/CONFIRMATION/en", c.key(),
                Map.of("subject", "Hello", "body", "{{> /etc/passwd}}"));
        assertThat(include.status()).as(include.toString()).isEqualTo(422);
        assertThat(include.text("code")).isEqualTo("INVALID_TEMPLATE");
        assertThat(api().put("/message-templates/NOPE/en", c.key(), Map.of("subject", "a", "body", "b")).status())
                .isEqualTo(404);

        Reply saved = api().put("/message-templates/CONFIRMATION/en", c.key(), Map.of("subject",
                "Booked: {{treatment}}", "body", "Hi {{patientName}}, {{date}} {{time}} & bring water"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("customised").asBoolean()).isTrue();
        String mail = email();
        String patient = MessagingServer.patient(api(), c, "Lina <B> & Co", null, mail, "en");
        book(c, patient, START);
        dispatch();

        MimeMessage received = mailTo(mail).get(0);
        assertThat(received.getSubject()).isEqualTo("Booked: Platelet-rich plasma (PRP)");
        assertThat(part(received, "text/plain")).isEqualTo("Hi Lina <B> & Co, Sunday, January 10, 2027 10:00 "
                + "& bring water");
        assertThat(part(received, "text/html")).contains("Hi Lina &lt;B&gt; &amp; Co,");

        Reply reset = api().delete("/message-templates/CONFIRMATION/en", c.key());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().path("customised").asBoolean()).isFalse();
        JsonNode all = api().get("/message-templates", c.key()).json().path("data");
        assertThat(all).hasSize(14);
        assertThat(all.findValuesAsText("customised")).containsOnly("false");
    }

    @Test
    void anotherChainsAppointmentAndPatientAreNotFound() {
        Clinic mine = clinic("Asia/Riyadh", "EMAIL");
        Clinic theirs = clinic("Asia/Riyadh", "EMAIL");
        String patient = MessagingServer.patient(api(), theirs, "Theirs", null, email(), "en");
        String visit = book(theirs, patient, START);
        assertThat(api().get("/appointments/" + visit + "/messages", mine.key()).status()).isEqualTo(404);
        assertThat(api().get("/patients/" + patient + "/messages", mine.key()).status()).isEqualTo(404);
        assertThat(api().get("/patients/" + patient + "/message-opt-outs", mine.key()).status()).isEqualTo(404);
        assertThat(api().get("/patients/" + patient + "/messages", theirs.key()).json().path("data")).isNotEmpty();
    }
}
