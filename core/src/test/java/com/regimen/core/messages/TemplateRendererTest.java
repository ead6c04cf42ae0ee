package com.regimen.core.messages;

import com.regimen.core.errors.DomainException;
import com.regimen.core.outbox.MessageEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateRendererTest {
    @Test
    void unknownVariablesAreNamedAndRefused() {
        assertThatThrownBy(() -> TemplateRenderer.validate("body", "Hi {{patientName}}, {{#pets}}{{name}}{{/pets}}"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_TEMPLATE_VARIABLE");
                    assertThat(e.extensions().get("unknown")).isEqualTo(List.of("name", "pets"));
                });
    }

    @Test
    void includesAndBrokenTemplatesAreRefused() {
        for (String bad : List.of("{{> header}}", "{{<parent}}{{/parent}}", "{{#preCare}}open", "{{patientName")) {
            assertThatThrownBy(() -> TemplateRenderer.validate("body", bad)).as(bad)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isIn("INVALID_TEMPLATE",
                            "UNKNOWN_TEMPLATE_VARIABLE"));
        }
        assertThatThrownBy(() -> TemplateRenderer.validate("body", "{{> /etc/passwd}}"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TEMPLATE"));
    }

    @Test
    void htmlIsEscapedAndTextIsAsWritten() {
        Map<String, Object> vars = Map.of("patientName", "Lina <b>&</b>", "preCare", List.of("No aspirin", "Eat"),
                "hasPreCare", true);
        String template = "{{patientName}}{{#hasPreCare}}:{{/hasPreCare}}{{#preCare}} - {{.}}{{/preCare}}";
        assertThat(TemplateRenderer.text(template, vars)).isEqualTo("Lina <b>&</b>: - No aspirin - Eat");
        assertThat(TemplateRenderer.html(template, vars)).isEqualTo("Lina &lt;b&gt;&amp;&lt;/b&gt;: - No aspirin - Eat");
    }

    @Test
    void everyShippedTemplateExistsInBothLanguagesAndRendersItsFacts() {
        Map<String, Object> vars = Map.ofEntries(Map.entry("patientName", "Salma"), Map.entry("clinic", "Glow Olaya"),
                Map.entry("treatment", "PRP"), Map.entry("practitioner", "Dr. Huda"), Map.entry("date", "10/01/2027"),
                Map.entry("time", "10:00"), Map.entry("amount", "SAR 150.00"),
                Map.entry("preCare", List.of("No aspirin for 7 days")), Map.entry("hasPreCare", true),
                Map.entry("afterCare", List.of("No make-up for 24 h")), Map.entry("hasAfterCare", true));
        for (MessageEvent event : MessageEvent.values()) {
            for (String language : MessageTemplates.LANGUAGES) {
                MessageTemplate shipped = MessageTemplates.shipped(event, language);
                assertThat(shipped.customised()).isFalse();
                String text = TemplateRenderer.text(shipped.subject() + "\n" + shipped.body(), vars);
                assertThat(text).as(event + "/" + language).contains("Salma", "Glow Olaya").doesNotContain("{{");
                if (language.equals("ar")) {
                    assertThat(text).as(event + " in Arabic").containsPattern("\\p{IsArabic}");
                }
                if (event == MessageEvent.CONFIRMATION || event == MessageEvent.REMINDER) {
                    assertThat(text).contains("- No aspirin for 7 days", "10:00");
                }
                if (event == MessageEvent.AFTER_CARE) {
                    assertThat(text).contains("- No make-up for 24 h");
                }
                if (event == MessageEvent.REFUND || event == MessageEvent.NO_SHOW_FEE) {
                    assertThat(text).contains("SAR 150.00");
                }
            }
        }
    }

    @Test
    void backoffDoublesFromThirtySecondsToAnHourAndStays() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(Backoff.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(1000)).isEqualTo(Duration.ofHours(1));
    }
}
