package com.regimen.core.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.outbox.MessageEvent;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each clinic chain's wording of its messages: the shipped default (Arabic and English) unless the
 * chain saved its own, which is checked before it is stored so a broken template never reaches the
 * dispatcher.
 */
public final class MessageTemplates {
    public static final List<String> LANGUAGES = List.of("ar", "en");
    private static final Map<MessageEvent, Map<String, MessageTemplate>> DEFAULTS = loadDefaults();

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public MessageTemplates(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** The wording in force for an event and language (the patient's; anything but Arabic reads English). */
    public MessageTemplate inForce(String tenantId, MessageEvent event, String language) {
        String lang = "ar".equals(language) ? "ar" : "en";
        return jdbi.withExtension(MessageTemplateDao.class, dao -> dao.find(tenantId, event.name(), lang))
                .orElse(DEFAULTS.get(event).get(lang));
    }

    /** Every event in both languages, the chain's own where it has one. */
    public List<MessageTemplate> list(StaffIdentity reader) {
        List<MessageTemplate> own = jdbi.withExtension(MessageTemplateDao.class, dao -> dao.all(reader.tenantId()));
        List<MessageTemplate> all = new ArrayList<>();
        for (MessageEvent event : MessageEvent.values()) {
            for (String language : LANGUAGES) {
                all.add(own.stream().filter(t -> t.event() == event && t.language().equals(language)).findFirst()
                        .orElse(DEFAULTS.get(event).get(language)));
            }
        }
        return all;
    }

    public MessageTemplate get(StaffIdentity reader, String event, String language) {
        return inForce(reader.tenantId(), event(event), language(language));
    }

    public MessageTemplate save(StaffIdentity actor, String event, String language, String subject, String body) {
        MessageEvent e = event(event);
        String lang = language(language);
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw DomainException.invalid("subject", "must be 1 to 200 characters");
        }
        if (body == null || body.isBlank() || body.length() > 5000) {
            throw DomainException.invalid("body", "must be 1 to 5000 characters");
        }
        TemplateRenderer.validate("subject", subject);
        TemplateRenderer.validate("body", body);
        jdbi.useTransaction(handle -> {
            handle.attach(MessageTemplateDao.class).save(actor.tenantId(), e.name(), lang, subject, body,
                    actor.actorId(), clock.instant());
            audit.record(handle, actor, "message-template.saved", "message-template", e.name() + "/" + lang, Map.of());
        });
        return new MessageTemplate(e, lang, subject, body, true);
    }

    /** Back to the shipped default. */
    public MessageTemplate reset(StaffIdentity actor, String event, String language) {
        MessageEvent e = event(event);
        String lang = language(language);
        jdbi.useTransaction(handle -> {
            if (handle.attach(MessageTemplateDao.class).reset(actor.tenantId(), e.name(), lang) > 0) {
                audit.record(handle, actor, "message-template.reset", "message-template", e.name() + "/" + lang,
                        Map.of());
            }
        });
        return DEFAULTS.get(e).get(lang);
    }

    /** The wording Regimen ships for an event and language. */
    public static MessageTemplate shipped(MessageEvent event, String language) {
        return DEFAULTS.get(event).get(language);
    }

    private static MessageEvent event(String event) {
        try {
            return MessageEvent.valueOf(event.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound("Message template");
        }
    }

    private static String language(String language) {
        if (!LANGUAGES.contains(language)) {
            throw DomainException.notFound("Message template");
        }
        return language;
    }

    private static Map<MessageEvent, Map<String, MessageTemplate>> loadDefaults() {
        try (InputStream in = MessageTemplates.class.getResourceAsStream("default-templates.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<MessageEvent, Map<String, MessageTemplate>> defaults = new EnumMap<>(MessageEvent.class);
            for (MessageEvent event : MessageEvent.values()) {
                Map<String, MessageTemplate> byLanguage = new java.util.HashMap<>();
                for (String language : LANGUAGES) {
                    JsonNode t = root.path(event.name()).path(language);
                    String subject = t.path("subject").asText();
                    String body = t.path("body").asText();
                    // The shipped defaults obey the rules a clinic's own wording does.
                    TemplateRenderer.validate("subject", subject);
                    TemplateRenderer.validate("body", body);
                    byLanguage.put(language, new MessageTemplate(event, language, subject, body, false));
                }
                defaults.put(event, Map.copyOf(byLanguage));
            }
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
