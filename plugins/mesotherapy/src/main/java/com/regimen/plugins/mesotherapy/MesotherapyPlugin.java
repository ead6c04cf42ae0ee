package com.regimen.plugins.mesotherapy;

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
import com.regimen.plugin.spi.PatchTestTiming;
import com.regimen.plugin.spi.PerSessionPricing;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.Prerequisites;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.ScreeningRule;
import com.regimen.plugin.spi.ScreeningSubject;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.spi.SpiVersion;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.spi.TreatmentProtocol;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.regimen.plugin.spi.ScreeningRule.whenYes;

/**
 * Mesotherapy (seed article 004, from its mesotherapy part only: its opening describes another
 * drug). Physicians only; a patch test without reaction before the first full session.
 */
public final class MesotherapyPlugin implements TreatmentPlugin {
    public static final String ID = "mesotherapy";
    public static final String PRICE_PER_SESSION = "session";

    public static final IntakeQuestion INGREDIENT_ALLERGY = new IntakeQuestion("MESO_INGREDIENT_ALLERGY",
            AnswerType.BOOLEAN, LocalizedText.of("هل لديك حساسية من الفيتامينات أو مكونات خليط الميزوثيرابي؟",
            "Are you allergic to vitamins or other ingredients of the mesotherapy mix?"), true);
    public static final IntakeQuestion SEVERE_ALLERGIC_REACTION = new IntakeQuestion("SEVERE_ALLERGIC_REACTION_HISTORY",
            AnswerType.BOOLEAN, LocalizedText.of("هل أصبت سابقًا بتفاعل تحسسي شديد احتاج علاجًا عاجلًا؟",
            "Have you ever had a severe allergic reaction that needed urgent care?"), true);

    static final List<CareInstruction> CARE = List.of(
            // Article 004: «يجب إجراء اختبار تجريبي على جزء صغير من الجلد قبل إجراء المعالجة بالكامل»;
            // the 48 hours are the plugin's patch-test default (README).
            CareInstruction.before(CareTiming.hours(48), LocalizedText.of(
                    "يُجرى اختبار حساسية على منطقة صغيرة من الجلد قبل العلاج الكامل.",
                    "A patch test on a small area of skin comes before the full treatment.")),
            // Article 004: assessment, «التنظيف ... لإزالة أي أوساخ أو مكياج», optional numbing
            CareInstruction.before(CareTiming.AT_SESSION, LocalizedText.of(
                    "يقيّم الطبيب البشرة وينظفها من الأوساخ والمكياج، وقد يضع كريمًا مخدرًا.",
                    "The physician assesses the skin, cleans off any dirt and make-up, and may apply a numbing "
                            + "cream.")),
            // Article 004: «تورم واحمرار خفيف ... تستمر عادة لعدة أيام بعد الجلسة»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "قد يستمر التورم والاحمرار الخفيف عدة أيام.", "Mild swelling and redness may last several days.")),
            // Article 004: «تجنب التعرض لأشعة الشمس المباشرة، استخدام واقي الشمس، تجنب استخدام المستحضرات الكيميائية القوية»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "تجنب الشمس المباشرة واستخدم واقي الشمس، وابتعد عن المستحضرات الكيميائية القوية.",
                    "Avoid direct sun, use sunscreen, and keep away from strong chemical products.")),
            // Article 004: «قد يواجه بعض الأشخاص تهيجًا أو حساسية ... هذا قد يتسبب في حكة أو حرقان»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "قد تظهر حكة أو حرقان؛ أخبر العيادة إن استمرت.",
                    "Itching or burning may occur; tell the clinic if it goes on.")),
            // Article 004: «قد يحدث تغير في لون البشرة ... مما يتطلب وقتًا للعودة إلى اللون الطبيعي»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "قد يتغير لون البشرة في مكان الحقن ويحتاج وقتًا ليعود طبيعيًا.",
                    "The skin's colour may change where injected and take time to return to normal.")),
            // Article 004: «تفاعلات سلبية مع التصبغات الموجودة بالفعل في البشرة، مما يزيد من ظهورها»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "قد تزداد التصبغات الموجودة أصلًا وضوحًا؛ أخبر الطبيب إن لاحظت ذلك.",
                    "Pigmentation you already have may get worse; tell the physician if you notice it.")),
            // Article 004: «تفاعلات تحسسية شديدة تتطلب عناية طبية فورية»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "اطلب رعاية عاجلة عند صعوبة التنفس أو تورم شديد.",
                    "Seek urgent care for difficulty breathing or severe swelling.")));

    static final ConsentForm CONSENT = new ConsentForm("1", List.of(
            new ConsentSection(LocalizedText.of("العلاج", "The treatment"), LocalizedText.of(
                    "يُحقن مزيج من المواد المغذية والفيتامينات ومضادات الأكسدة والمعادن بشكل متساوٍ في الطبقة الوسطى "
                            + "من الجلد بإبر رفيعة، بعد اختبار حساسية على منطقة صغيرة من الجلد.",
                    "A mix of nutrients, vitamins, antioxidants and minerals is injected evenly into the middle layer "
                            + "of the skin with fine needles, after a patch test on a small area of skin.")),
            new ConsentSection(LocalizedText.of("الجلسات", "Sessions"), LocalizedText.of(
                    "قد يلزم تكرار الجلسات؛ يحدد الطبيب عددها وفتراتها حسب استجابة البشرة.",
                    "Sessions may need repeating; the physician sets how many and how far apart from the skin's "
                            + "response.")),
            new ConsentSection(LocalizedText.of("ما أؤكده", "What I confirm"), LocalizedText.of(
                    "أخبرت العيادة بحالتي الصحية وبكل الأدوية التي أتناولها، وسأتبع تعليمات ما قبل الجلسة وما بعدها.",
                    "I have told the clinic about my health and every medicine I take, and I will follow the "
                            + "instructions for before and after the session."))),
            List.of(LocalizedText.of("تورم واحمرار لعدة أيام.", "Swelling and redness for several days."),
                    LocalizedText.of("تهيج أو حساسية قد تسبب حكة أو حرقانًا.", "Irritation or allergy, which may itch or burn."),
                    LocalizedText.of("تغير في لون البشرة، وقد تزداد التصبغات الموجودة وضوحًا.",
                            "A change in skin colour; pigmentation already there may get worse."),
                    LocalizedText.of("كدمات في مكان الحقن.", "Bruising where injected."),
                    LocalizedText.of("التهابات إذا لم تُتبع إجراءات النظافة.", "Infection if hygiene is not kept."),
                    LocalizedText.of("ندبات أو تشوهات إذا لم يُنفذ الإجراء بشكل صحيح.",
                            "Scars or deformities if the procedure is not done properly."),
                    LocalizedText.of("نادرًا، تفاعل تحسسي شديد يتطلب عناية طبية فورية.",
                            "Rarely, a severe allergic reaction that needs urgent medical care.")),
            List.of(LocalizedText.of("عدم إجراء العلاج.", "Not having the treatment."),
                    LocalizedText.of("علاجات أخرى يشرحها الطبيب.", "Other treatments, as the physician explains.")));

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            1, 10, 14, 30,
            Set.of(Credential.PHYSICIAN),
            Set.of(),
            null,
            List.of(new ConsumableUse("meso-cocktail-vial", 1), new ConsumableUse("needle-32g", 3)),
            CareInstruction.describe(CARE, CarePhase.BEFORE),
            CareInstruction.describe(CARE, CarePhase.AFTER),
            Set.of(Prerequisites.PATCH_TEST),
            List.of(CommonQuestions.PREGNANT, CommonQuestions.BREASTFEEDING, CommonQuestions.ACTIVE_INFECTION,
                    CommonQuestions.SKIN_DISEASE_AT_SITE, INGREDIENT_ALLERGY, SEVERE_ALLERGIC_REACTION,
                    CommonQuestions.ANTICOAGULANTS, CommonQuestions.MEDICATIONS));

    /**
     * Default (article 004 says only "a patch test on a small area before the full treatment"): read
     * no sooner than 48 hours after applying, as delayed reactions show by then; valid for 6 months.
     */
    static final PatchTestTiming PATCH_TEST_TIMING = PatchTestTiming.of(Duration.ofHours(48), Duration.ofDays(180));

    private static final List<ScreeningRule> RULES = List.of(
            whenYes("PREGNANT", "MESO_PREGNANCY", Severity.BLOCK, LocalizedText.of(
                    "لا يُجرى الميزوثيرابي أثناء الحمل.", "No mesotherapy during pregnancy.")),
            whenYes("BREASTFEEDING", "MESO_BREASTFEEDING", Severity.BLOCK, LocalizedText.of(
                    "لا يُجرى الميزوثيرابي أثناء الرضاعة.", "No mesotherapy while breastfeeding.")),
            whenYes("ACTIVE_INFECTION", "MESO_ACTIVE_INFECTION", Severity.BLOCK, LocalizedText.of(
                    "لا يُجرى الميزوثيرابي مع عدوى نشطة.", "No mesotherapy with an active infection.")),
            whenYes("SKIN_DISEASE_AT_SITE", "MESO_SKIN_DISEASE_AT_SITE", Severity.BLOCK, LocalizedText.of(
                    "لا يُحقن في جلد به مرض نشط: خطر العدوى والندبات.",
                    "No injections into skin with an active disease: risk of infection and scars.")),
            whenYes(INGREDIENT_ALLERGY.code(), "MESO_INGREDIENT_ALLERGY", Severity.BLOCK, LocalizedText.of(
                    "حساسية من مكونات الخليط.", "Allergy to an ingredient of the mix.")),
            whenYes(SEVERE_ALLERGIC_REACTION.code(), "MESO_SEVERE_ALLERGY_HISTORY", Severity.CLEARANCE,
                    LocalizedText.of("تاريخ تفاعل تحسسي شديد: يلزم إذن موثق من الطبيب.",
                            "History of a severe allergic reaction: a physician's clearance is needed.")),
            // Default, aligned with PRP and stem cells (README): a blood thinner goes to a physician. Article 004
            // lists bruising («تكون كدمات نتيجة للحقن») among the risks; warfarin or a DOAC is more than a bruise.
            new ScreeningRule(a -> a.isTrue("ANTICOAGULANTS")
                    || a.takesMedicineOf(MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET),
                    new ScreeningFinding("MESO_BLOOD_THINNER", Severity.CLEARANCE, LocalizedText.of(
                            "يتناول المريض دواءً مميعًا للدم (مضاد تخثر أو مضاد صفائح): يلزم إذن الطبيب قبل الميزوثيرابي.",
                            "The patient takes a blood thinner (anticoagulant or antiplatelet): a physician must "
                                    + "clear mesotherapy first."))));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.2.0", SpiVersion.CURRENT,
                LocalizedText.of("الميزوثيرابي", "Mesotherapy"));
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
    public TreatmentProtocol protocol() {
        return PROTOCOL;
    }

    @Override
    public PatchTestTiming patchTestTiming() {
        return PATCH_TEST_TIMING;
    }

    @Override
    public Map<String, Long> defaultPrices() {
        return Map.of(PRICE_PER_SESSION, 25_000L); // USD 250.00
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return PerSessionPricing.quote(request, PROTOCOL, PRICE_PER_SESSION,
                LocalizedText.of("جلسة ميزوثيرابي", "Mesotherapy session"));
    }

    @Override
    public List<ScreeningFinding> screen(ScreeningSubject subject) {
        return ScreeningRule.evaluate(RULES, subject);
    }
}
