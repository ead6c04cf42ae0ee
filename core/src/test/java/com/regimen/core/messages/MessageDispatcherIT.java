package com.regimen.core.messages;

import com.regimen.core.booking.BookingRequest;
import com.regimen.core.outbox.Channel;
import com.regimen.core.patients.NewPatient;
import com.regimen.core.plugins.PluginLoader;
import com.regimen.core.testing.CoreClinic;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import static com.regimen.core.testing.CoreClinic.SUNDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatcher reads a visit and its patient's opt-outs once for the messages of a batch it
 * decides before a send, and again after every send: an opt-out made while one message of a batch
 * was being sent holds for the next one, as it did when each message read its own.
 */
class MessageDispatcherIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final ExecutorService PLUGIN_THREADS = CoreClinic.pluginThreads();
    private static final CoreClinic.Services SERVICES = CoreClinic.Services.on(DB, Clock.systemUTC(), PLUGIN_THREADS);

    @AfterAll
    static void stopPluginThreads() {
        PLUGIN_THREADS.shutdown();
    }

    /** Sends nothing anywhere; runs {@code duringSend} while "sending", as a slow provider call would let happen. */
    private record RecordingChannel(Channel channel, List<OutgoingMessage> sent, Runnable duringSend)
            implements MessageChannel {
        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public String send(OutgoingMessage message) {
            sent.add(message);
            duringSend.run();
            return "accepted-" + message.messageId();
        }
    }

    @Test
    void anOptOutMadeWhileTheBatchSendsHoldsForItsNextMessage() {
        CoreClinic clinic = SERVICES.openClinic();
        Clock clock = Clock.systemUTC();
        ClinicMessageSettings settings = new ClinicMessageSettings(SERVICES.jdbi(), clock, SERVICES.audit());
        // No quiet hours: the wall clock must not defer the confirmations.
        settings.update(clinic.owner(), new MessageSettings(List.of(48, 24), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                List.of(Channel.EMAIL, Channel.SMS)));
        String patient = SERVICES.patients().register(clinic.owner(),
                new NewPatient("Huda Saleh", null, "+966551234567", "huda@patients.example", "en")).id();
        Map<String, Object> answers = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false,
                "PREGNANT", false, "ANTICOAGULANTS", false));
        answers.put("MEDICATIONS", List.of());
        SERVICES.intakes().record(clinic.owner(), patient, answers);
        SERVICES.book().book(clinic.owner(), new BookingRequest(patient, "prp", clinic.location(), SUNDAY_10AM,
                null, null));

        OptOuts optOuts = new OptOuts(SERVICES.jdbi(), clock, SERVICES.patients(), SERVICES.audit());
        List<OutgoingMessage> sent = Collections.synchronizedList(new ArrayList<>());
        Runnable patientOptsOut = () -> optOuts.set(clinic.owner(), patient,
                Map.of(Channel.EMAIL, true, Channel.SMS, true));
        MessageDispatcher dispatcher = new MessageDispatcher(SERVICES.jdbi(), clock, PluginLoader.load(null),
                PatientLinks.NONE, new MessageTemplates(SERVICES.jdbi(), clock, SERVICES.audit()), settings, optOuts,
                List.of(new RecordingChannel(Channel.EMAIL, sent, patientOptsOut),
                        new RecordingChannel(Channel.SMS, sent, patientOptsOut)));

        assertThat(dispatcher.dispatchDue()).as("both confirmations settled in the run").isEqualTo(2);

        assertThat(sent).as("the first confirmation went; the second was decided after the opt-out").hasSize(1);
        List<String> outcomes = DB.jdbi().withHandle(h -> h.createQuery("SELECT CONCAT(status, ' ', "
                        + "COALESCE(reason, '')) FROM messages WHERE tenant_id = ? AND event = 'CONFIRMATION' "
                        + "ORDER BY status").bind(0, clinic.tenantId()).mapTo(String.class).list());
        assertThat(outcomes).containsExactly("SENT ", "SKIPPED NOT_SENT_OPTED_OUT");
    }
}
