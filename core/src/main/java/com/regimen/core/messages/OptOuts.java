package com.regimen.core.messages;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.outbox.Channel;
import com.regimen.core.patients.PatientRecords;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The channels a patient asked not to be messaged on. Read by the dispatcher just before each send,
 * so an opt-out holds at once, also for messages already waiting.
 */
public final class OptOuts {
    private final Jdbi jdbi;
    private final Clock clock;
    private final PatientRecords patients;
    private final AuditTrail audit;

    public OptOuts(Jdbi jdbi, Clock clock, PatientRecords patients, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.patients = patients;
        this.audit = audit;
    }

    public Set<Channel> of(StaffIdentity reader, String patientId) {
        patients.get(reader, patientId);
        return channels(reader.tenantId(), patientId);
    }

    /** @param optedOut per channel: true opts out, false opts back in; channels not named stay as they are */
    public Set<Channel> set(StaffIdentity actor, String patientId, Map<Channel, Boolean> optedOut) {
        patients.get(actor, patientId);
        jdbi.useTransaction(handle -> {
            OptOutDao dao = handle.attach(OptOutDao.class);
            for (Map.Entry<Channel, Boolean> e : optedOut.entrySet()) {
                boolean changed = Boolean.TRUE.equals(e.getValue())
                        ? dao.optOut(actor.tenantId(), patientId, e.getKey().name(), actor.actorId(), clock.instant()) > 0
                        : dao.optIn(actor.tenantId(), patientId, e.getKey().name()) > 0;
                if (changed) {
                    audit.record(handle, actor, Boolean.TRUE.equals(e.getValue()) ? "patient.opted-out"
                            : "patient.opted-in", "patient", patientId, Map.of("channel", e.getKey().name()));
                }
            }
        });
        return channels(actor.tenantId(), patientId);
    }

    /** Every channel the patient opted out of, in one read (the dispatcher asks once per patient and batch). */
    Set<Channel> channels(String tenantId, String patientId) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        jdbi.withExtension(OptOutDao.class, dao -> dao.channels(tenantId, patientId))
                .forEach(c -> out.add(Channel.valueOf(c)));
        return out;
    }
}
