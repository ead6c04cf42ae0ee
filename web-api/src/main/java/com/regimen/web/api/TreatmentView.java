package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.IntakeQuestion;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.TreatmentProtocol;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A treatment as the front desk sees it, in one language. */
public record TreatmentView(String id, String name, String version, boolean enabled, Protocol protocol,
                            List<Question> intakeQuestions) {

    public record Protocol(int minSessions, int maxSessions, int minIntervalDays, int sessionMinutes,
                           Set<Credential> requiredCredentials, Set<String> requiredEquipment,
                           @Schema(nullable = true) String requiredAccreditation, List<ConsumableUse> consumablesPerSession,
                           List<String> preCare, List<String> afterCare, Set<String> prerequisites) {
    }

    public static TreatmentView of(LoadedPlugin plugin, boolean enabled, String language) {
        TreatmentProtocol p = plugin.protocol();
        Protocol protocol = new Protocol(p.minSessions(), p.maxSessions(), p.minIntervalDays(), p.sessionMinutes(),
                new TreeSet<>(p.requiredCredentials()), new TreeSet<>(p.requiredEquipment()),
                p.requiredAccreditation(), p.consumablesPerSession(), texts(p.preCare(), language),
                texts(p.afterCare(), language), new TreeSet<>(p.prerequisites()));
        return new TreatmentView(plugin.id(), plugin.descriptor().name().in(language), plugin.version(), enabled,
                protocol, Question.of(p.intakeQuestions(), language));
    }

    private static List<String> texts(List<LocalizedText> texts, String language) {
        return texts.stream().map(text -> text.in(language)).toList();
    }
}
