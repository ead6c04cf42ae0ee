package com.regimen.core.scheduling;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.Credential;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Who may clear a patient: a person, signed in, who is an active practitioner of this clinic chain
 * holding a PHYSICIAN licence valid today. A role alone never suffices (an owner is not a doctor),
 * and an API key is no person. The one rule for every clinical decision that needs a doctor: clearing a
 * patient, and teaching the clinic's medicine vocabulary a new name.
 */
public final class Physicians {
    public static final String PHYSICIAN_REQUIRED = "PHYSICIAN_REQUIRED";

    private Physicians() {
    }

    public static Optional<Practitioner> signedIn(Handle handle, StaffIdentity actor, LocalDate today) {
        if (actor.actorType() != ActorType.USER) {
            return Optional.empty();
        }
        return handle.attach(PractitionerDao.class).findByUser(actor.tenantId(), actor.actorId()).stream()
                .map(Practitioners::fromRow)
                .filter(Practitioner::active)
                .filter(p -> p.qualifiedFor(Set.of(Credential.PHYSICIAN), today))
                .findFirst();
    }

    public static Practitioner require(Handle handle, StaffIdentity actor, LocalDate today) {
        return signedIn(handle, actor, today).orElseThrow(() -> new DomainException(ErrorKind.FORBIDDEN,
                PHYSICIAN_REQUIRED, "Only a signed-in user linked to a practitioner with a PHYSICIAN licence valid "
                + "today may do this."));
    }
}
