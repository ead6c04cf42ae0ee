package com.regimen.core.selfservice;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.ids.Ids;
import org.jdbi.v3.core.Jdbi;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Issues, opens and revokes patients' self-service links. A link reaches one appointment of one
 * patient of one tenant, until it expires or is revoked; the token rides in the page address's
 * fragment ({@code /patient.html#rgp_...}), which browsers never send to a server, so no request
 * log, proxy or Referer sees it. Everything that cannot open (malformed, tampered, unknown, another
 * tenant's, expired, revoked) is the same 404, so the answer tells a guesser nothing.
 */
public final class SelfServiceLinks {
    /** What the messages module's SYSTEM actor is called in the audit and as a link's maker. */
    static final String MESSAGES = "messages";

    private final Jdbi jdbi;
    private final Clock clock;
    private final AppointmentBook book;
    private final AuditTrail audit;
    private final URI page;
    private final Duration margin;

    /**
     * @param publicBase where patients reach this server (https://clinic.example), the page under it
     * @param margin     how long after the appointment's end a link issued by the desk still opens
     */
    public SelfServiceLinks(Jdbi jdbi, Clock clock, AppointmentBook book, AuditTrail audit, URI publicBase,
                            Duration margin) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.book = book;
        this.audit = audit;
        String base = publicBase.toString();
        this.page = URI.create((base.endsWith("/") ? base : base + "/") + "patient.html");
        this.margin = margin;
    }

    /**
     * The link for a message (the contract with the messages module): the full address, opening until
     * {@code expiresAt}. The appointment must be this patient's, in this tenant (404 otherwise).
     */
    public URI issue(String tenantId, String patientId, String appointmentId, Instant expiresAt) {
        StaffIdentity system = new StaffIdentity(tenantId, ActorType.SYSTEM, MESSAGES, null, null);
        Appointment appointment = book.get(system, appointmentId).appointment();
        if (!appointment.patientId().equals(patientId)) {
            throw DomainException.notFound("Appointment");
        }
        return create(system, appointment, expiresAt).url();
    }

    /** The desk's link for an appointment, opening until its end plus the margin. */
    public IssuedLink issueFor(StaffIdentity actor, String appointmentId) {
        Appointment appointment = book.get(actor, appointmentId).appointment();
        return create(actor, appointment, appointment.endsAt().plus(margin));
    }

    /** The default expiry of a link for {@code appointment}: its end plus the margin. */
    public Instant defaultExpiry(Appointment appointment) {
        return appointment.endsAt().plus(margin);
    }

    private IssuedLink create(StaffIdentity actor, Appointment appointment, Instant expiresAt) {
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw new DomainException(ErrorKind.CONFLICT, "VISIT_OVER", "This appointment is over: a link to it "
                    + "would open nothing.");
        }
        LinkToken token = LinkToken.generate(actor.tenantId());
        String id = Ids.newId();
        jdbi.useTransaction(handle -> {
            handle.attach(SelfServiceLinkDao.class).insert(actor.tenantId(), id, token.hash(),
                    appointment.patientId(), appointment.id(), expiresAt, actor.actorId(), now);
            // The token is a credential: the audit names the link, never its token.
            audit.record(handle, actor, "self_service_link.issued", "appointment", appointment.id(),
                    Map.of("linkId", id, "expiresAt", expiresAt.toString()));
        });
        return new IssuedLink(id, URI.create(page + "#" + token.value()), expiresAt);
    }

    /** The link a presented token opens; 404 NOT_FOUND for every kind of link that does not open. */
    public PatientLink open(String presented) {
        return find(presented).orElseThrow(() -> DomainException.notFound("Link"));
    }

    private Optional<PatientLink> find(String presented) {
        Optional<LinkToken> token = LinkToken.parse(presented);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String tenantId = token.get().tenantId();
        return jdbi.withHandle(handle -> handle.attach(SelfServiceLinkDao.class).byToken(tenantId, token.get().hash()))
                .filter(row -> row.revokedAt() == null && now.isBefore(row.expiresAt()))
                .map(row -> new PatientLink(tenantId, row.id(), row.patientId(), row.appointmentId(),
                        row.expiresAt()));
    }

    /** Every live link to the appointment stops opening at once; the count revoked. */
    public int revoke(StaffIdentity actor, String appointmentId) {
        book.get(actor, appointmentId);
        return jdbi.inTransaction(handle -> {
            int revoked = handle.attach(SelfServiceLinkDao.class).revokeForAppointment(actor.tenantId(),
                    appointmentId, clock.instant());
            audit.record(handle, actor, "self_service_link.revoked", "appointment", appointmentId,
                    Map.of("revoked", revoked));
            return revoked;
        });
    }
}
