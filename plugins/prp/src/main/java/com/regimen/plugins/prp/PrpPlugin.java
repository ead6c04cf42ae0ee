package com.regimen.plugins.prp;

import com.regimen.plugin.spi.AnswerType;
import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.ConsentSection;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.IntakeQuestion;
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

/**
 * Platelet-rich plasma injections (seed article 000): blood is drawn, spun in a centrifuge, and
 * the concentrate injected. Defaults where the article is silent are in this module's README.
 */
public final class PrpPlugin implements TreatmentPlugin {
    public static final String ID = "prp";
    public static final String PRICE_PER_SESSION = "session";

    /** Not a contraindication: PRP does not treat deep wrinkles or lax skin, and the patient should know. */
    public static final IntakeQuestion DEEP_WRINKLES_OR_LAXITY = new IntakeQuestion("PRP_DEEP_WRINKLES_OR_LAXITY",
            AnswerType.BOOLEAN, LocalizedText.of("هل الهدف علاج تجاعيد عميقة أو ترهل الجلد؟",
            "Is the aim to treat deep wrinkles or sagging skin?"), false);

    static final List<CareInstruction> CARE = List.of(
            // Default (the article is silent): water makes the blood draw easier.
            CareInstruction.before(CareTiming.hours(24), LocalizedText.of(
                    "اشرب كمية كافية من الماء لتسهيل سحب الدم.", "Drink enough water so blood is easy to draw.")),
            // Article 000: «تقام هذه العملية في العيادات الخارجية ... دون استعمال أي نوعٍ من أنواع المُخدر»
            CareInstruction.before(CareTiming.AT_SESSION, LocalizedText.of(
                    "الإجراء في العيادة ولا يحتاج عادةً إلى تخدير.",
                    "It is a clinic procedure and usually needs no anaesthetic.")),
            // Article 000: «الوخز أو الندوب ... ويمكن استخدام كريمات تعمل على إزالة تلك الندوب خلال أسبوع واحد»
            CareInstruction.after(CareTiming.days(7), LocalizedText.of(
                    "قد تظهر آثار إبر أو ندبات صغيرة؛ استخدم الكريم الموصوف.",
                    "Needle marks or small scars may show; use the prescribed cream.")),
            // Article 000: «حصول الحكة في فروة الرأس»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "قد تشعر بحكة في فروة الرأس بعد علاج الشعر؛ أخبر العيادة إن استمرت.",
                    "The scalp may itch after hair treatment; tell the clinic if it goes on.")));

    static final ConsentForm CONSENT = new ConsentForm("1", List.of(
            new ConsentSection(LocalizedText.of("العلاج", "The treatment"), LocalizedText.of(
                    "تُسحب عينة من دمي وتُدوَّر في جهاز خاص لفصل البلازما، ثم تُحقن البلازما الغنية بالصفائح في "
                            + "المنطقة المعالجة وحولها. يُجرى في العيادة وعادةً دون تخدير.",
                    "A sample of my blood is drawn and spun in a dedicated machine to separate the plasma; the "
                            + "platelet-rich plasma is then injected into and around the treated area. It is done in "
                            + "the clinic, usually without anaesthetic.")),
            new ConsentSection(LocalizedText.of("ما لا يعالجه", "What it does not treat"), LocalizedText.of(
                    "لا تعالج البلازما التجاعيد العميقة ولا ترهل البشرة.",
                    "PRP does not treat deep wrinkles or sagging skin.")),
            new ConsentSection(LocalizedText.of("ما أؤكده", "What I confirm"), LocalizedText.of(
                    "أخبرت العيادة بحالتي الصحية وبكل الأدوية التي أتناولها، وسأتبع تعليمات ما قبل الجلسة وما بعدها.",
                    "I have told the clinic about my health and every medicine I take, and I will follow the "
                            + "instructions for before and after the session."))),
            List.of(LocalizedText.of("آثار إبر أو ندبات صغيرة في بعض الحالات.", "Needle marks or small scars in some cases."),
                    LocalizedText.of("حكة في فروة الرأس.", "Itching of the scalp.")),
            List.of(LocalizedText.of("عدم إجراء العلاج.", "Not having the treatment."),
                    LocalizedText.of("علاجات أخرى يشرحها الطبيب.", "Other treatments, as the doctor explains.")));

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            1, 6, 28, 60,
            Set.of(Credential.PHYSICIAN, Credential.NURSE),
            Set.of("centrifuge"),
            null,
            List.of(new ConsumableUse("prp-kit", 1), new ConsumableUse("needle-blood-draw", 1),
                    new ConsumableUse("needle-30g", 2)),
            CareInstruction.describe(CARE, CarePhase.BEFORE),
            CareInstruction.describe(CARE, CarePhase.AFTER),
            Set.of(),
            List.of(CommonQuestions.LIVER_DISEASE, CommonQuestions.BLOOD_DISORDER, CommonQuestions.PREGNANT,
                    CommonQuestions.ANTICOAGULANTS, CommonQuestions.MEDICATIONS, DEEP_WRINKLES_OR_LAXITY));

    /**
     * A clinic-overridable clinical default, derived from the seed's "not for blood diseases": a
     * medicine that thins the blood raises bleeding and bruising at the draw and injection sites and
     * may blunt the platelets the treatment relies on, so a physician decides.
     */
    private static final MedicineClass[] THINS_THE_BLOOD = {MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET};

    private static final List<ScreeningRule> RULES = List.of(
            ScreeningRule.whenYes("LIVER_DISEASE", "PRP_LIVER_DISEASE", Severity.BLOCK, LocalizedText.of(
                    "لا يُعطى حقن البلازما لمن لديه مرض في الكبد.",
                    "PRP is not given to patients with liver disease.")),
            ScreeningRule.whenYes("BLOOD_DISORDER", "PRP_BLOOD_DISORDER", Severity.BLOCK, LocalizedText.of(
                    "لا يُعطى حقن البلازما لمن لديه اضطراب في الدم.",
                    "PRP is not given to patients with a blood disorder.")),
            new ScreeningRule(a -> a.isTrue("ANTICOAGULANTS") || a.takesMedicineOf(THINS_THE_BLOOD),
                    new ScreeningFinding("PRP_BLOOD_THINNER", Severity.CLEARANCE, LocalizedText.of(
                            "يتناول المريض دواءً مميعًا للدم (مضاد تخثر أو مضاد صفائح): يلزم إذن الطبيب قبل البلازما.",
                            "The patient takes a blood thinner (anticoagulant or antiplatelet): a physician must "
                                    + "clear PRP first."))),
            // A clinic-overridable default (the article is silent), as every other injectable asks.
            ScreeningRule.whenYes("PREGNANT", "PRP_PREGNANCY", Severity.BLOCK, LocalizedText.of(
                    "لا يُعطى حقن البلازما أثناء الحمل.", "PRP is not given during pregnancy.")),
            ScreeningRule.whenYes(DEEP_WRINKLES_OR_LAXITY.code(), "PRP_NOT_FOR_DEEP_WRINKLES", Severity.WARN,
                    LocalizedText.of("أخبر المريض أن البلازما لا تعالج التجاعيد العميقة ولا ترهل الجلد.",
                            "Tell the patient PRP does not treat deep wrinkles or skin laxity.")));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.1.0", SpiVersion.CURRENT,
                LocalizedText.of("حقن البلازما الغنية بالصفائح", "Platelet-rich plasma (PRP)"));
    }

    @Override
    public TreatmentProtocol protocol() {
        return PROTOCOL;
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
    public Map<String, Long> defaultPrices() {
        return Map.of(PRICE_PER_SESSION, 40_000L); // USD 400.00
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return PerSessionPricing.quote(request, PROTOCOL, PRICE_PER_SESSION,
                LocalizedText.of("جلسة بلازما", "PRP session"));
    }

    @Override
    public List<ScreeningFinding> screen(ScreeningSubject subject) {
        return ScreeningRule.evaluate(RULES, subject);
    }
}
