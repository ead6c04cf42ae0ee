package com.regimen.core.messages;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(MessageTemplate.class)
public interface MessageTemplateDao {
    @SqlQuery("SELECT event, language, subject, body, TRUE AS customised FROM message_templates "
            + "WHERE tenant_id = :tenantId AND event = :event AND language = :language")
    Optional<MessageTemplate> find(@Bind("tenantId") String tenantId, @Bind("event") String event,
                                   @Bind("language") String language);

    @SqlQuery("SELECT event, language, subject, body, TRUE AS customised FROM message_templates "
            + "WHERE tenant_id = :tenantId")
    List<MessageTemplate> all(@Bind("tenantId") String tenantId);

    @SqlUpdate("INSERT INTO message_templates (tenant_id, event, language, subject, body, updated_by, updated_at) "
            + "VALUES (:tenantId, :event, :language, :subject, :body, :by, :now) ON DUPLICATE KEY UPDATE "
            + "subject = VALUES(subject), body = VALUES(body), updated_by = VALUES(updated_by), "
            + "updated_at = VALUES(updated_at)")
    void save(@Bind("tenantId") String tenantId, @Bind("event") String event, @Bind("language") String language,
              @Bind("subject") String subject, @Bind("body") String body, @Bind("by") String by,
              @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM message_templates WHERE tenant_id = :tenantId AND event = :event AND language = :language")
    int reset(@Bind("tenantId") String tenantId, @Bind("event") String event, @Bind("language") String language);
}
