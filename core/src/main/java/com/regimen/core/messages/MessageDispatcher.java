package com.regimen.core.messages;

import com.regimen.core.ids.Ids;
import com.regimen.core.outbox.Channel;
import com.regimen.core.plugins.PluginRegistry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends what the outbox holds, on every node at once. A run leases a batch of due messages with one
 * conditional UPDATE (see {@link MessageDao#claimDue}), decides each by {@link SendRule}, sends, and
 * records the outcome only while it still holds the lease. A lease outlives the worst case of a
 * batch (each send is bounded by 10 s timeouts), so no other node takes a row that is being sent;
 * the one gap is a node dying after the provider accepted and before the record: the lease runs out
 * and the message is sent again (at least once there, with the same Message-ID on email).
 */
public final class MessageDispatcher {
    static final int BATCH = 10;
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final int MAX_BATCHES_PER_RUN = 50;
    private static final Logger LOG = LoggerFactory.getLogger(MessageDispatcher.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginRegistry plugins;
    private final PatientLinks links;
    private final MessageTemplates templates;
    private final ClinicMessageSettings settings;
    private final OptOuts optOuts;
    private final Map<Channel, MessageChannel> channels = new EnumMap<>(Channel.class);

    public MessageDispatcher(Jdbi jdbi, Clock clock, PluginRegistry plugins, PatientLinks links,
                             MessageTemplates templates, ClinicMessageSettings settings, OptOuts optOuts,
                             List<MessageChannel> channels) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.links = links;
        this.templates = templates;
        this.settings = settings;
        this.optOuts = optOuts;
        channels.forEach(c -> this.channels.put(c.channel(), c));
    }

    /** Sends everything due now; returns how many messages it settled (sent, skipped, deferred or failed). */
    public int dispatchDue() {
        int settled = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            String token = Ids.newId();
            Instant now = clock.instant();
            Instant leaseUntil = now.plus(LEASE);
            // READ COMMITTED: a racing node's claim is seen once committed, and no gap locks hold up bookings.
            int claimed = jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                    handle -> handle.attach(MessageDao.class).claimDue(token, leaseUntil, now, BATCH));
            if (claimed == 0) {
                return settled;
            }
            List<Message> leased = jdbi.withExtension(MessageDao.class, dao -> dao.claimed(token));
            BatchReads reads = new BatchReads();
            List<Outcome> unsent = new ArrayList<>();
            for (Message message : leased) {
                if (!clock.instant().isBefore(leaseUntil)) {
                    break; // the rest go back to the pool when the lease runs out
                }
                settle(message, token, reads, unsent);
                settled++;
            }
            recordUnsent(unsent, token);
        }
        return settled;
    }

    /**
     * What a batch reads once however many of its messages need it: a booking's messages on each
     * channel share the visit, the patient and the location, and a tenant's messages its settings.
     * The visit and the opt-outs are forgotten after every send, which may take seconds: a message is
     * never decided on facts older than the batch's last send, so the rule's "just before it is sent"
     * holds as it did when each message read its own.
     */
    private final class BatchReads {
        private final Map<String, MessageSettings> settingsByTenant = new HashMap<>();
        private final Map<List<String>, Optional<MessageFacts>> factsByVisit = new HashMap<>();
        private final Map<List<String>, Set<Channel>> optedOutByPatient = new HashMap<>();

        MessageSettings settings(String tenantId) {
            return settingsByTenant.computeIfAbsent(tenantId, settings::of);
        }

        Optional<MessageFacts> facts(Message message) {
            return factsByVisit.computeIfAbsent(Arrays.asList(message.tenantId(), message.appointmentId(),
                    message.refundId(), message.patientId()), key -> jdbi.withHandle(h -> MessageFacts.load(h, message)));
        }

        boolean optedOut(String tenantId, String patientId, Channel channel) {
            return optedOutByPatient.computeIfAbsent(List.of(tenantId, patientId),
                    key -> optOuts.channels(tenantId, patientId)).contains(channel);
        }

        void forgetVisitsAndOptOuts() {
            factsByVisit.clear();
            optedOutByPatient.clear();
        }
    }

    /** A skip or a deferral, written with the rest of its batch's in one transaction. */
    private record Outcome(Message message, MessageStatus status, String reason, Instant next) {
    }

    private void settle(Message message, String token, BatchReads reads, List<Outcome> unsent) {
        Instant now = clock.instant();
        try {
            Optional<MessageFacts> facts = reads.facts(message);
            MessageChannel channel = channels.get(message.channel());
            boolean optedOut = facts.isPresent()
                    && reads.optedOut(message.tenantId(), facts.get().patient().id(), message.channel());
            SendRule.Decision decision = SendRule.decide(message, facts, optedOut,
                    channel != null && channel.configured(), reads.settings(message.tenantId()).quietHours(), now);
            if (decision instanceof SendRule.Skip skip) {
                unsent.add(new Outcome(message, MessageStatus.SKIPPED, skip.reason(), now));
            } else if (decision instanceof SendRule.Defer defer) {
                unsent.add(new Outcome(message, MessageStatus.DEFERRED, defer.reason(), defer.until()));
            } else if (decision instanceof SendRule.Send send) {
                send(message, token, facts.get(), channel, send.address());
                reads.forgetVisitsAndOptOuts();
            }
        } catch (RuntimeException e) {
            // Ours, not the provider's: logged by id only (never the patient or text), tried again later.
            LOG.error("Message {} could not be prepared; retrying later", message.id(), e);
            int attempts = message.attempts() + 1;
            record(message, token, MessageStatus.DEFERRED, "RETRYING_INTERNAL_ERROR", attempts,
                    now.plus(Backoff.after(attempts)), null, null);
        }
    }

    private void send(Message message, String token, MessageFacts facts, MessageChannel channel, String address) {
        MessageTemplate template = templates.inForce(message.tenantId(), message.event(), facts.language());
        Map<String, Object> vars = jdbi.withHandle(h -> facts.variables(h, message, plugins, links));
        String html = message.channel() != Channel.EMAIL ? null
                : "<div dir=\"" + ("ar".equals(facts.language()) ? "rtl" : "ltr") + "\" lang=\"" + facts.language()
                + "\">" + TemplateRenderer.html(template.body(), vars).replace("\n", "<br>\n") + "</div>";
        OutgoingMessage outgoing = new OutgoingMessage(message.id(), address, facts.language(),
                TemplateRenderer.text(template.subject(), vars), TemplateRenderer.text(template.body(), vars), html);
        int attempts = message.attempts() + 1;
        try {
            String providerId = channel.send(outgoing);
            Instant sentAt = clock.instant();
            record(message, token, MessageStatus.SENT, null, attempts, sentAt, providerId, sentAt);
        } catch (ChannelFailure failure) {
            Instant now = clock.instant();
            if (failure.transientFailure()) {
                LOG.warn("Message {} on {} not sent ({}), attempt {}; retrying", message.id(), message.channel(),
                        failure.getMessage(), attempts);
                record(message, token, MessageStatus.DEFERRED, "RETRYING_" + failure.getMessage(), attempts,
                        now.plus(Backoff.after(attempts)), null, null);
            } else {
                LOG.warn("Message {} on {} refused ({})", message.id(), message.channel(), failure.getMessage());
                record(message, token, MessageStatus.FAILED, failure.getMessage(), attempts, now, null, null);
            }
        }
    }

    /**
     * Skips and deferrals send nothing, so they need not be written one by one before the next message:
     * a node that dies first leaves them to the lease's end, and they are decided again. Sends are
     * recorded as each one goes ({@link #send}).
     */
    private void recordUnsent(List<Outcome> unsent, String token) {
        if (unsent.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int[] updated = jdbi.inTransaction(handle -> {
            MessageDao dao = handle.attach(MessageDao.class);
            int[] counts = new int[unsent.size()];
            for (int i = 0; i < counts.length; i++) {
                Outcome o = unsent.get(i);
                counts[i] = dao.record(o.message().tenantId(), o.message().id(), token, o.status(), o.reason(),
                        o.message().attempts(), o.next(), null, null, now);
            }
            return counts;
        });
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                LOG.warn("Message {}: lease lost before its {} was recorded", unsent.get(i).message().id(),
                        unsent.get(i).status());
            }
        }
    }

    private void record(Message message, String token, MessageStatus status, String reason, int attempts,
                        Instant next, String providerId, Instant sentAt) {
        // In a transaction, so that TransactionRetry runs it again when it deadlocks with another node's
        // claim of due messages (MessagesTwoNodesIT, seen in a whole-suite run): a SENT that failed to be
        // recorded fell through to RETRYING_INTERNAL_ERROR, and the message would have gone out twice.
        int updated = jdbi.inTransaction(handle -> handle.attach(MessageDao.class).record(message.tenantId(),
                message.id(), token, status, reason, attempts, next, providerId, sentAt, clock.instant()));
        if (updated == 0) {
            LOG.warn("Message {}: lease lost before its {} was recorded", message.id(), status);
        }
    }
}
