package com.regimen.plugins.mesotherapy;

import com.regimen.plugin.spi.AnswerType;
import com.regimen.plugin.spi.CommonQuestions;
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

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            1, 10, 14, 30,
            Set.of(Credential.PHYSICIAN),
            Set.of(),
            null,
            List.of(new ConsumableUse("meso-cocktail-vial", 1), new ConsumableUse("needle-32g", 3)),
            List.of(LocalizedText.of("يُجرى اختبار حساسية على منطقة صغيرة من الجلد قبل العلاج الكامل.",
                            "A patch test on a small area of skin comes before the full treatment."),
                    LocalizedText.of("يقيّم الطبيب البشرة وينظفها، وقد يضع كريمًا مخدرًا.",
                            "The physician assesses and cleanses the skin, and may apply a numbing cream.")),
            List.of(LocalizedText.of("قد يستمر التورم والاحمرار عدة أيام.", "Swelling and redness may last several days."),
                    LocalizedText.of("تجنب الشمس واستخدم واقي الشمس، وابتعد عن المنتجات الكيميائية القوية.",
                            "Avoid the sun, use sunscreen, and keep away from strong chemical products."),
                    LocalizedText.of("اطلب رعاية عاجلة عند صعوبة التنفس أو تورم شديد.",
                            "Seek urgent care for difficulty breathing or severe swelling.")),
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
            // Article 004 lists bruising among the risks; named anticoagulants and antiplatelets count as a yes.
            new ScreeningRule(a -> a.isTrue("ANTICOAGULANTS")
                    || a.takesMedicineOf(MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET),
                    new ScreeningFinding("MESO_BRUISING_RISK", Severity.WARN, LocalizedText.of(
                            "مضادات التخثر أو الصفائح تزيد الكدمات؛ أخبر المريض.",
                            "Anticoagulants or antiplatelets make bruising likelier; tell the patient."))));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.1.0", SpiVersion.CURRENT,
                LocalizedText.of("الميزوثيرابي", "Mesotherapy"));
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
