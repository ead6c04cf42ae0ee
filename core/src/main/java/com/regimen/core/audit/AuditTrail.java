package com.regimen.core.audit;

import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.regimen.core.errors.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The record of every change. Writers call {@link #record} with the handle of their own
 * transaction, so a change and its audit event are committed, or rolled back, together.
 */
public final class AuditTrail {
    private final Jdbi jdbi;
    private final Clock clock;

    public AuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * @param details facts about the change worth keeping; never secrets, and no patient contact
     *                details (the entity id leads to them for those allowed to see)
     */
    public void record(Handle handle, StaffIdentity actor, String action, String entityType, String entityId,
                       Map<String, ?> details) {
        record(handle, actor.tenantId(), actor.actorType(), actor.actorId(), action, entityType, entityId, details);
    }

    public void record(Handle handle, String tenantId, ActorType actorType, String actorId, String action,
                       String entityType, String entityId, Map<String, ?> details) {
        handle.attach(AuditEventDao.class).insert(new AuditEvent(tenantId, Ids.newId(), clock.instant(), actorType,
                actorId, action, entityType, entityId, toJson(details)));
    }

    public Page<AuditEvent> list(StaffIdentity reader, String entityId, PageRequest page) {
        return list(reader, new Criteria(null, null, entityId, null, null), page);
    }

    /** What a reader may ask for; the tenant is always the reader's own. */
    public record Criteria(String actorId, String entityType, String entityId, Instant from, Instant to) {
    }

    /** Newest first, filtered by who acted, on what, and when ({@code from} inclusive, {@code to} exclusive). */
    public Page<AuditEvent> list(StaffIdentity reader, Criteria criteria, PageRequest page) {
        if (criteria.from() != null && criteria.to() != null && !criteria.from().isBefore(criteria.to())) {
            throw DomainException.invalid("to", "must be after from");
        }
        AuditFilter filter = new AuditFilter(reader.tenantId(), criteria.actorId(), criteria.entityType(),
                criteria.entityId(), criteria.from(), criteria.to());
        var rows = jdbi.withExtension(AuditEventDao.class, dao -> dao.list(filter, page.afterId(), page.fetchSize()));
        return Page.of(rows, page, AuditEvent::id);
    }

    private static String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        return JsonColumns.write(details);
    }
}
