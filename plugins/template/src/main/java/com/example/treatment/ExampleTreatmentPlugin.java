package com.example.treatment;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.ConsentSection;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.PerSessionPricing;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.ScreeningRule;
import com.regimen.plugin.spi.ScreeningSubject;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.spi.SpiVersion;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.spi.TreatmentProtocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A complete treatment plugin to start from: replace the id, the protocol, the prices, the consent
 * form, the care instructions and the screening rules with your treatment's, and its tests with yours.
 */
public final class ExampleTreatmentPlugin implements TreatmentPlugin {
    /** Stored with every quote, screening and booking: choose it once, never change it. */
    static final String ID = "example-treatment";

    private static final List<CareInstruction> CARE = List.of(
            CareInstruction.before(CareTiming.AT_SESSION, LocalizedText.of(
                    "تعال دون مكياج", "Come without make-up")),
            CareInstruction.after(CareTiming.hours(24), LocalizedText.of(
                    "تجنب الشمس", "Avoid the sun")));

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            1, 3,                                   // sessions in a course: min, max
            14,                                     // minimum days between sessions
            30,                                     // minutes per session
            Set.of(Credential.NURSE),               // a practitioner needs one of these
            Set.of(),                               // room equipment tags
            null,                                   // location accreditation needed, if any
            List.of(new ConsumableUse("example-serum-vial", 1)),   // stock used per session, by sku
            CareInstruction.describe(CARE, CarePhase.BEFORE),      // pre-care, with timings, for 1.0 readers
            CareInstruction.describe(CARE, CarePhase.AFTER),       // after-care, likewise
            Set.of(),                               // prerequisites, e.g. Prerequisites.PATCH_TEST
            List.of(CommonQuestions.PREGNANT));     // intake questions it needs answered

    private static final ConsentForm CONSENT = new ConsentForm("1",
            List.of(new ConsentSection(
                    LocalizedText.of("العلاج", "The treatment"),
                    LocalizedText.of("مصل يوضع على البشرة في جلسة مدتها ٣٠ دقيقة.",
                            "A serum applied to the skin in a 30-minute session."))),
            List.of(LocalizedText.of("احمرار خفيف لبضع ساعات", "Mild redness for a few hours")),
            List.of(LocalizedText.of("عدم الخضوع للعلاج", "Not having the treatment")));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "0.1.0", SpiVersion.CURRENT,
                LocalizedText.of("علاج تجريبي", "Example treatment"));
    }

    @Override
    public TreatmentProtocol protocol() {
        return PROTOCOL;
    }

    @Override
    public Map<String, Long> defaultPrices() {
        return Map.of("session", 20000L);       // USD 200.00, in cents
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return PerSessionPricing.quote(request, PROTOCOL, "session", LocalizedText.of("جلسة", "Session"));
    }

    @Override
    public Optional<ConsentForm> consentForm() {
        return Optional.of(CONSENT);
    }

    @Override
    public List<CareInstruction> careInstructions() {
        return CARE;
    }

    @Override
    public List<ScreeningFinding> screen(ScreeningSubject subject) {
        return ScreeningRule.evaluate(List.of(
                ScreeningRule.whenYes("PREGNANT", "EXAMPLE_PREGNANCY", Severity.BLOCK,
                        LocalizedText.of("لا أثناء الحمل", "Not during pregnancy"))), subject);
    }
}
