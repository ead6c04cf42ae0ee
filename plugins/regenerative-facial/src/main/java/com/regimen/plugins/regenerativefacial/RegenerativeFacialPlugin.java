package com.regimen.plugins.regenerativefacial;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.ConsentSection;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.MedicineClass;
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

import static com.regimen.plugin.spi.ScreeningRule.whenYes;

/**
 * Stem-cell or exosome facials ("حقن النضارة"), from seed article 003: 30 to 45 minutes, a series of
 * 2 to 4 sessions, no sun or make-up for 24 to 48 hours after. A different treatment from the
 * stem-cell therapy of article 002 (the {@code stem-cell} plugin). What the article does not say is
 * a clinic-overridable default, listed in the README.
 */
public final class RegenerativeFacialPlugin implements TreatmentPlugin {
    public static final String ID = "regenerative-facial";

    /** Line 17 (before) and lines 19, 22-25 (after). */
    static final List<CareInstruction> CARE = List.of(
            CareInstruction.before(CareTiming.AT_SESSION, LocalizedText.of(
                    "تُنظَّف البشرة وتُعقَّم، وأحيانًا يُستخدم كريم مخدر موضعي.",
                    "The skin is cleaned and sterilised; a topical numbing cream is sometimes used.")),
            CareInstruction.after(CareTiming.hours(24, 48), LocalizedText.of(
                    "ابتعد عن الشمس والمكياج.", "Keep away from the sun and make-up.")),
            CareInstruction.after(CareTiming.AT_SESSION, LocalizedText.of(
                    "قد يظهر احمرار أو تورم خفيف في موضع الحقن، أو حكة أو سخونة، أو كدمات سطحية تزول خلال أيام.",
                    "Mild redness or swelling where injected, itching or warmth, or superficial bruising that "
                            + "fades within days may follow.")));

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            2, 4,          // line 20: a series of 2 to 4 sessions
            28,            // default: the article gives no interval
            45,            // line 20: 30 to 45 minutes; the longer, so a session never overruns its slot
            Set.of(Credential.PHYSICIAN, Credential.NURSE),   // line 15, under trained medical supervision
            Set.of(),
            null,
            List.of(new ConsumableUse("regenerative-facial-vial", 1), new ConsumableUse("needle-32g", 1)),
            CareInstruction.describe(CARE, CarePhase.BEFORE),
            CareInstruction.describe(CARE, CarePhase.AFTER),
            Set.of(),
            List.of(CommonQuestions.PREGNANT, CommonQuestions.BREASTFEEDING, CommonQuestions.SKIN_DISEASE_AT_SITE,
                    CommonQuestions.ANTICOAGULANTS, CommonQuestions.MEDICATIONS, CommonQuestions.ALLERGIES));

    private static final List<ScreeningRule> RULES = List.of(
            // Line 26: "نادرًا ما قد يحدث رد فعل تحسسي" (rarely, an allergic reaction may occur).
            new ScreeningRule(a -> !a.list("ALLERGIES").isEmpty(),
                    new ScreeningFinding("REGENERATIVE_FACIAL_ALLERGY_HISTORY", Severity.WARN, LocalizedText.of(
                            "قد يحدث رد فعل تحسسي نادرًا؛ راجع الحساسية المذكورة مع المريض.",
                            "An allergic reaction may rarely occur; review the listed allergies with the patient."))),
            // Line 25 names superficial bruising; that blood thinners make it likelier is a default.
            new ScreeningRule(a -> a.isTrue("ANTICOAGULANTS")
                    || a.takesMedicineOf(MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET),
                    new ScreeningFinding("REGENERATIVE_FACIAL_BRUISING", Severity.WARN, LocalizedText.of(
                            "مميعات الدم تزيد احتمال الكدمات بعد الحقن.",
                            "Blood thinners make bruising after the injections likelier."))),
            // Defaults (the article is silent), as for every injectable Regimen ships.
            whenYes("PREGNANT", "REGENERATIVE_FACIAL_PREGNANCY", Severity.BLOCK, LocalizedText.of(
                    "لا تُجرى حقن النضارة أثناء الحمل.", "No regenerative facial during pregnancy.")),
            whenYes("BREASTFEEDING", "REGENERATIVE_FACIAL_BREASTFEEDING", Severity.BLOCK, LocalizedText.of(
                    "لا تُجرى حقن النضارة أثناء الرضاعة.", "No regenerative facial while breastfeeding.")),
            whenYes("SKIN_DISEASE_AT_SITE", "REGENERATIVE_FACIAL_SKIN_AT_SITE", Severity.BLOCK, LocalizedText.of(
                    "لا حقن في جلد مصاب بمرض أو التهاب.", "No injections into diseased or inflamed skin.")));

    /** Lines 3, 5, 15-20 (sections), 22-26 (risks), 16 and 34 (the alternative material). */
    private static final ConsentForm CONSENT = new ConsentForm("1",
            List.of(new ConsentSection(LocalizedText.of("العلاج", "The treatment"), LocalizedText.of(
                            "تُحقن الخلايا الجذعية أو الإكسوزومس بإبرة دقيقة في طبقات الجلد المتوسطة أو العميقة لتحفيز "
                                    + "تجدد الخلايا وإنتاج الكولاجين.",
                            "Stem cells or exosomes are injected with a fine needle into the middle or deep layers "
                                    + "of the skin to stimulate cell renewal and collagen.")),
                    new ConsentSection(LocalizedText.of("الجلسة", "The session"), LocalizedText.of(
                            "يحدد الطبيب أيهما الأنسب لحالتك. تُنظَّف البشرة وتُعقَّم، وأحيانًا يُستخدم كريم مخدر موضعي. "
                                    + "تستغرق الجلسة ٣٠ إلى ٤٥ دقيقة، ويُوصى غالبًا بسلسلة من ٢ إلى ٤ جلسات.",
                            "The physician decides which suits you. The skin is cleaned and sterilised, sometimes "
                                    + "with a numbing cream. A session takes 30 to 45 minutes; a series of 2 to 4 "
                                    + "sessions is usually advised.")),
                    new ConsentSection(LocalizedText.of("بعد الجلسة", "After the session"), LocalizedText.of(
                            "ابتعد عن الشمس والمكياج لمدة ٢٤ إلى ٤٨ ساعة.",
                            "Keep away from the sun and make-up for 24 to 48 hours."))),
            List.of(LocalizedText.of("احمرار أو تورم خفيف في موضع الحقن.", "Redness or mild swelling where injected."),
                    LocalizedText.of("شعور بالحكة أو السخونة.", "Itching or a feeling of warmth."),
                    LocalizedText.of("كدمات سطحية تزول خلال أيام.", "Superficial bruising that fades within days."),
                    LocalizedText.of("نادرًا ما قد يحدث رد فعل تحسسي.", "Rarely, an allergic reaction.")),
            List.of(LocalizedText.of("الإكسوزومس بدلًا من الخلايا الجذعية، أو العكس.",
                            "Exosomes instead of stem cells, or the other way round."),
                    LocalizedText.of("عدم الخضوع للعلاج.", "Not having the treatment.")));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.0.0", SpiVersion.CURRENT,
                LocalizedText.of("حقن النضارة بالخلايا الجذعية أو الإكسوزومس", "Stem-cell or exosome facial"));
    }

    @Override
    public TreatmentProtocol protocol() {
        return PROTOCOL;
    }

    @Override
    public Map<String, Long> defaultPrices() {
        return Map.of("session", 60_000L); // default: USD 600.00 a session; the article gives no price
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return PerSessionPricing.quote(request, PROTOCOL, "session",
                LocalizedText.of("جلسة حقن النضارة", "Regenerative facial session"));
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
        return ScreeningRule.evaluate(RULES, subject);
    }
}
