package com.regimen.web.testing;

import java.nio.file.Path;

/**
 * A third party's SPI 1.1 plugin ("chemical peel", id {@code peel}) with a consent form of a given
 * version and timed pre-care and after-care, built as a jar outside this build: the same plugin at
 * two form versions is how a new consent version reaches a running clinic.
 */
public final class ConsentPlugins {
    public static final String ID = "peel";
    public static final String PRE_CARE_EN = "stop retinoid creams";
    public static final String PRE_CARE_AR = "توقف عن كريمات الريتينويد";
    public static final String AFTER_CARE_EN = "avoid the sun and make-up";
    public static final String AFTER_CARE_AR = "تجنب الشمس ومستحضرات التجميل";
    public static final String RISK_EN = "Redness and peeling for several days";
    public static final String RISK_AR = "احمرار وتقشر لعدة أيام";

    private ConsentPlugins() {
    }

    /** @param formVersion the consent form's version, e.g. "1" */
    public static Path jar(Path directory, String formVersion) {
        return PluginJars.build(directory, "com.example.peel.PeelPlugin", """
                package com.example.peel;

                import com.regimen.plugin.spi.*;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.Set;

                public final class PeelPlugin implements TreatmentPlugin {
                    private static final List<CareInstruction> CARE = List.of(
                            CareInstruction.before(CareTiming.hours(72), LocalizedText.of("%s", "%s")),
                            CareInstruction.after(CareTiming.hours(24, 48), LocalizedText.of("%s", "%s")));
                    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(1, 3, 14, 30,
                            Set.of(Credential.NURSE), Set.of(), null, List.of(new ConsumableUse("needle-30g", 1)),
                            CareInstruction.describe(CARE, CarePhase.BEFORE),
                            CareInstruction.describe(CARE, CarePhase.AFTER), Set.of(), List.of(CommonQuestions.PREGNANT));

                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("peel", "2.0.%s", new SpiVersion(1, 1),
                                LocalizedText.of("تقشير كيميائي", "Chemical peel"));
                    }

                    public TreatmentProtocol protocol() {
                        return PROTOCOL;
                    }

                    public Optional<ConsentForm> consentForm() {
                        return Optional.of(new ConsentForm("%s",
                                List.of(new ConsentSection(LocalizedText.of("ما هو العلاج", "What the treatment is"),
                                        LocalizedText.of("يوضع محلول حمضي على الجلد لتقشير طبقته العليا.",
                                                "An acid solution is applied to the skin to peel its top layer."))),
                                List.of(LocalizedText.of("%s", "%s")),
                                List.of(LocalizedText.of("عدم العلاج", "No treatment"))));
                    }

                    public List<CareInstruction> careInstructions() {
                        return CARE;
                    }

                    public Map<String, Long> defaultPrices() {
                        return Map.of("session", 30000L);
                    }

                    public Quote quote(QuoteRequest request) {
                        return PerSessionPricing.quote(request, PROTOCOL, "session", LocalizedText.of("جلسة", "Session"));
                    }

                    public List<ScreeningFinding> screen(ScreeningSubject subject) {
                        return ScreeningRule.evaluate(List.of(ScreeningRule.whenYes("PREGNANT", "PEEL_PREGNANCY",
                                Severity.BLOCK, LocalizedText.of("لا أثناء الحمل", "Not during pregnancy"))), subject);
                    }
                }
                """.formatted(PRE_CARE_AR, PRE_CARE_EN, AFTER_CARE_AR, AFTER_CARE_EN, formVersion, formVersion,
                RISK_AR, RISK_EN));
    }
}
