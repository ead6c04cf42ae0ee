package com.regimen.plugins.exosome;

import com.regimen.plugin.spi.AnswerType;
import com.regimen.plugin.spi.CommonQuestions;
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
import java.util.Set;

import static com.regimen.plugin.spi.ScreeningRule.whenTakes;
import static com.regimen.plugin.spi.ScreeningRule.whenYes;

/** Exosome injections (seed articles 001 and 003). Defaults where the articles are silent: README. */
public final class ExosomePlugin implements TreatmentPlugin {
    public static final String ID = "exosome";
    public static final String PRICE_PER_SESSION = "session";

    public static final IntakeQuestion EXOSOME_ALLERGY = new IntakeQuestion("EXOSOME_ALLERGY", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك حساسية معروفة من مكونات الإكسوسومات أو منتجات مشابهة؟",
                    "Are you allergic to exosome components or related products?"), true);

    /** Article 001: "those with clotting disorders, and who take the medicines for them" (line 37). */
    private static final MedicineClass[] AFFECTS_CLOTTING = {MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET};
    /**
     * Article 001: "some medicines that may interact with exosome injections or interfere with their
     * effect" (line 42), read as those that act on the immune response the treatment relies on.
     */
    static final Set<MedicineClass> INTERACTING = Set.of(MedicineClass.IMMUNOSUPPRESSANT,
            MedicineClass.CORTICOSTEROID, MedicineClass.CHEMOTHERAPY);
    /** Article 001, before the injections: "stop medicines that thin the blood, such as aspirin and ibuprofen" (line 66). */
    static final Set<MedicineClass> STOP_BEFORE = Set.of(MedicineClass.NSAID);

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            3, 5, 14, 45,
            Set.of(Credential.PHYSICIAN, Credential.NURSE),
            Set.of(),
            null,
            List.of(new ConsumableUse("exosome-vial", 1), new ConsumableUse("needle-30g", 2)),
            List.of(LocalizedText.of("أجرِ الفحوصات والتحاليل المطلوبة قبل الجلسة الأولى.",
                            "Have the required tests and lab work done before the first session."),
                    LocalizedText.of("أوقف الأدوية المميعة للدم مثل الأسبرين والإيبوبروفين بعد استشارة الطبيب.",
                            "Stop blood-thinning medicines such as aspirin and ibuprofen, as your doctor advises."),
                    LocalizedText.of("لا تدخن ولا تشرب الكحول خلال ٢٤ إلى ٤٨ ساعة قبل الجلسة.",
                            "Do not smoke or drink alcohol for 24 to 48 hours before the session.")),
            List.of(LocalizedText.of("استخدم واقي الشمس وتجنب التعرض المباشر الطويل للشمس.",
                            "Use sunscreen and avoid long direct sun."),
                    LocalizedText.of("استخدم فيتامين C صباحًا؛ قد ينصح الطبيب بالريتينول والنياسيناميد.",
                            "Use vitamin C in the morning; your doctor may advise retinol and niacinamide."),
                    LocalizedText.of("كدمات أو احمرار أو تهيج بسيط لمدة يوم إلى يومين أمر طبيعي؛ لا فترة نقاهة.",
                            "Minor bruising, redness or irritation for 1 to 2 days is normal; no recovery time."),
                    LocalizedText.of("تظهر النتائج بعد ٢ إلى ٤ أسابيع وتكتمل خلال نحو ٦ أشهر وتدوم نحو سنتين.",
                            "Results show after 2 to 4 weeks, are complete by about 6 months and last about 2 years.")),
            Set.of(),
            List.of(CommonQuestions.CANCER, CommonQuestions.PREGNANT, CommonQuestions.BREASTFEEDING,
                    CommonQuestions.ACTIVE_INFECTION, CommonQuestions.BLOOD_DISORDER, CommonQuestions.ANTICOAGULANTS,
                    CommonQuestions.IMMUNE_DISORDER, CommonQuestions.SKIN_DISEASE_AT_SITE, EXOSOME_ALLERGY,
                    CommonQuestions.DIABETES, CommonQuestions.HYPERTENSION, CommonQuestions.CARDIOVASCULAR_DISEASE,
                    CommonQuestions.MEDICATIONS, CommonQuestions.SMOKED_OR_DRANK_LAST_48H));

    private static final List<ScreeningRule> RULES = List.of(
            whenYes("CANCER", "EXOSOME_CANCER", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الإكسوسومات لمرضى السرطان: قد تعزز نمو السرطان وانتشاره.",
                    "Exosomes are not given to patients with cancer: they may promote cancer and its spread.")),
            whenYes("PREGNANT", "EXOSOME_PREGNANCY", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الإكسوسومات أثناء الحمل.", "Exosomes are not given during pregnancy.")),
            whenYes("BREASTFEEDING", "EXOSOME_BREASTFEEDING", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الإكسوسومات أثناء الرضاعة الطبيعية.", "Exosomes are not given while breastfeeding.")),
            whenYes("ACTIVE_INFECTION", "EXOSOME_UNCONTROLLED_INFECTION", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الإكسوسومات مع وجود عدوى غير مسيطر عليها.",
                    "Exosomes are not given with an uncontrolled infection.")),
            new ScreeningRule(a -> a.isTrue("BLOOD_DISORDER") || a.isTrue("ANTICOAGULANTS")
                    || a.takesMedicineOf(AFFECTS_CLOTTING),
                    new ScreeningFinding("EXOSOME_CLOTTING_RISK", Severity.BLOCK, LocalizedText.of(
                            "لا تُعطى الإكسوسومات مع اضطرابات تخثر الدم أو تناول أدوية تؤثر في التخثر (مضادات التخثر أو الصفائح).",
                            "Exosomes are not given with a clotting disorder or a medicine that affects clotting "
                                    + "(anticoagulant or antiplatelet)."))),
            whenYes("IMMUNE_DISORDER", "EXOSOME_IMMUNE_DISORDER", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الإكسوسومات مع نقص المناعة أو اضطراباتها.",
                    "Exosomes are not given with an immune deficiency or disorder.")),
            whenYes("SKIN_DISEASE_AT_SITE", "EXOSOME_SKIN_DISEASE_AT_SITE", Severity.BLOCK, LocalizedText.of(
                    "لا يُحقن في منطقة بها مرض جلدي نشط.", "No injection where there is an active skin disease.")),
            whenYes(EXOSOME_ALLERGY.code(), "EXOSOME_ALLERGY", Severity.BLOCK, LocalizedText.of(
                    "حساسية معروفة من مكونات الإكسوسومات.", "Known allergy to exosome components.")),
            whenYes("DIABETES", "EXOSOME_DIABETES", Severity.CLEARANCE, LocalizedText.of(
                    "السكري: يلزم إذن موثق من الطبيب قبل العلاج.",
                    "Diabetes: a physician's documented clearance is needed first.")),
            whenYes("HYPERTENSION", "EXOSOME_HYPERTENSION", Severity.CLEARANCE, LocalizedText.of(
                    "ارتفاع ضغط الدم: يلزم إذن موثق من الطبيب قبل العلاج.",
                    "High blood pressure: a physician's documented clearance is needed first.")),
            whenYes("CARDIOVASCULAR_DISEASE", "EXOSOME_CARDIOVASCULAR", Severity.CLEARANCE, LocalizedText.of(
                    "أمراض القلب والأوعية: يلزم إذن موثق من الطبيب قبل العلاج.",
                    "Heart or blood-vessel disease: a physician's documented clearance is needed first.")),
            whenTakes(INTERACTING, "EXOSOME_INTERACTING_MEDICATION", Severity.CLEARANCE, LocalizedText.of(
                    "دواء قد يتداخل مع العلاج (مثبط مناعة أو كورتيزون أو علاج كيميائي): يلزم إذن موثق من الطبيب.",
                    "A medicine that may interact with the treatment (immunosuppressant, corticosteroid or "
                            + "chemotherapy): a physician's clearance is needed.")),
            whenTakes(STOP_BEFORE, "EXOSOME_STOP_BLOOD_THINNERS", Severity.WARN, LocalizedText.of(
                    "يجب إيقاف الأسبرين أو الإيبوبروفين وما شابههما قبل الجلسة بعد استشارة الطبيب.",
                    "Aspirin, ibuprofen and similar anti-inflammatories should be stopped before the session, "
                            + "as the doctor advises.")),
            whenYes("SMOKED_OR_DRANK_LAST_48H", "EXOSOME_SMOKING_OR_ALCOHOL", Severity.WARN, LocalizedText.of(
                    "التدخين أو الكحول خلال ٤٨ ساعة قبل الجلسة غير مستحب؛ فكّر في التأجيل.",
                    "Smoking or alcohol in the 48 hours before is advised against; consider postponing.")));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.1.0", SpiVersion.CURRENT,
                LocalizedText.of("حقن الإكسوسومات", "Exosome injections"));
    }

    @Override
    public TreatmentProtocol protocol() {
        return PROTOCOL;
    }

    @Override
    public Map<String, Long> defaultPrices() {
        return Map.of(PRICE_PER_SESSION, 75_000L); // USD 750.00
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return PerSessionPricing.quote(request, PROTOCOL, PRICE_PER_SESSION,
                LocalizedText.of("جلسة إكسوسومات", "Exosome session"));
    }

    @Override
    public List<ScreeningFinding> screen(ScreeningSubject subject) {
        return ScreeningRule.evaluate(RULES, subject);
    }
}
