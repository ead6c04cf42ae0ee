package com.regimen.plugins.exosome;

import com.regimen.plugin.spi.AnswerType;
import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.ConsentSection;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.IntakeAnswers;
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

import static com.regimen.plugin.spi.ScreeningRule.whenTakes;
import static com.regimen.plugin.spi.ScreeningRule.whenYes;

/**
 * Exosome injections (seed article 001, and 003 for the exosome facial's after-care). Each rule cites
 * its sentence; defaults where the articles are silent are marked in the README.
 */
public final class ExosomePlugin implements TreatmentPlugin {
    public static final String ID = "exosome";
    public static final String PRICE_PER_SESSION = "session";

    public static final IntakeQuestion EXOSOME_ALLERGY = new IntakeQuestion("EXOSOME_ALLERGY", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك حساسية معروفة من مكونات الإكسوسومات أو منتجات مشابهة؟",
                    "Are you allergic to exosome components or related products?"), true);

    /** Article 001: «من لديهم اضطرابات في تخثر الدم، والذين يتناولون الأدوية الخاصة بذلك». */
    private static final MedicineClass[] AFFECTS_CLOTTING = {MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET};
    /**
     * Article 001: «بعض الأدوية التي قد تتفاعل مع حقن الاكسوزوم أو تتداخل مع فعاليته», read as those
     * that act on the immune response the treatment relies on. Cancer medicines are the cancer rule's.
     */
    static final Set<MedicineClass> INTERACTING = Set.of(MedicineClass.IMMUNOSUPPRESSANT, MedicineClass.CORTICOSTEROID);
    /** Article 001, before the injections: «التوقف عن تناول الأدوية التي تزيد من تخثر الدم قبل الإجراء، مثل: الأسبرين والإيبوبروفين». */
    static final Set<MedicineClass> STOP_BEFORE = Set.of(MedicineClass.NSAID);

    static final List<CareInstruction> CARE = List.of(
            // Article 001: «إجراء بعض الفحوصات والتحاليل»
            CareInstruction.before(CareTiming.ONGOING, LocalizedText.of(
                    "أجرِ الفحوصات والتحاليل التي يطلبها الطبيب قبل الجلسة الأولى.",
                    "Have the tests and lab work your doctor asks for done before the first session.")),
            // Article 001: stop aspirin and ibuprofen; a prescribed blood thinner is the prescriber's to stop.
            CareInstruction.before(CareTiming.ONGOING, LocalizedText.of(
                    "أوقف الأسبرين والإيبوبروفين قبل الجلسة كما يرشدك الطبيب؛ ولا توقف دواءً مميعًا للدم موصوفًا لك "
                            + "إلا بموافقة الطبيب الذي وصفه.",
                    "Stop aspirin and ibuprofen before the session as your doctor advises; do not stop a prescribed "
                            + "blood thinner unless its prescriber agrees.")),
            // Article 001: «الامتناع عن التدخين، والكحول قبل الحقن بفترة 24-48 ساعة»
            CareInstruction.before(CareTiming.hours(24, 48), LocalizedText.of(
                    "لا تدخن ولا تشرب الكحول.", "Do not smoke or drink alcohol.")),
            // Article 003: «يُنصح بالابتعاد عن الشمس والمكياج لـ24 إلى 48 ساعة»
            CareInstruction.after(CareTiming.hours(24, 48), LocalizedText.of(
                    "ابتعد عن الشمس ولا تضع المكياج.", "Keep out of the sun and wear no make-up.")),
            // Article 001: minor bruising, redness, irritation «من يوم إلى يومين فقط بعد الحقن»
            CareInstruction.after(CareTiming.hours(24, 48), LocalizedText.of(
                    "كدمات أو احمرار أو تهيج بسيط في مكان الحقن أمر متوقع؛ لا فترة نقاهة.",
                    "Minor bruising, redness or irritation where injected is expected; there is no recovery time.")),
            // Article 001: sunscreen «باستمرار», no long direct sun, vitamin C creams in the morning
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "ضع واقي الشمس باستمرار وتجنب التعرض المباشر الطويل للشمس.",
                    "Wear sunscreen all the time and avoid long direct sun.")),
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "استخدم كريم فيتامين C صباحًا؛ قد ينصح الطبيب بالريتينول والنياسيناميد.",
                    "Use a vitamin C cream in the morning; your doctor may advise retinol and niacinamide.")),
            // Article 001: «غسل الوجه وتنظيفه يوميًا، مع إزالة المكياج قبل النوم»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "اغسل وجهك ونظفه يوميًا وأزل المكياج قبل النوم.",
                    "Wash and cleanse your face every day and remove make-up before sleeping.")));

    static final ConsentForm CONSENT = new ConsentForm("1", List.of(
            new ConsentSection(LocalizedText.of("العلاج", "The treatment"), LocalizedText.of(
                    "الإكسوسومات جسيمات تُستخلص من الخلايا الجذعية وتُنقّى، ثم تُحقن مباشرة في المنطقة المعالجة أو في الوريد.",
                    "Exosomes are particles taken from stem cells and purified, then injected directly into the "
                            + "treated area or into a vein.")),
            new ConsentSection(LocalizedText.of("ما أتوقعه", "What to expect"), LocalizedText.of(
                    "تحتاج بعض الحالات إلى ٣ إلى ٥ جلسات وقد تكفي جلسة واحدة. تظهر النتيجة خلال أسبوعين إلى أربعة "
                            + "أسابيع، وقد يحتاج ظهورها كاملة إلى نحو ٦ أشهر، وتختلف من شخص لآخر.",
                    "Some cases need 3 to 5 sessions; one may be enough. Results show within 2 to 4 weeks and may "
                            + "take about 6 months to show fully; they differ from person to person.")),
            new ConsentSection(LocalizedText.of("ما أؤكده", "What I confirm"), LocalizedText.of(
                    "أخبرت العيادة بحالتي الصحية وبكل الأدوية التي أتناولها، وسأتبع تعليمات ما قبل الجلسة وما بعدها.",
                    "I have told the clinic about my health and every medicine I take, and I will follow the "
                            + "instructions for before and after the session."))),
            List.of(LocalizedText.of("كدمات في مكان الحقن.", "Bruising where injected."),
                    LocalizedText.of("احمرار وتهيج لمدة يوم إلى يومين.", "Redness and irritation for 1 to 2 days."),
                    LocalizedText.of("تفاعلات تحسسية بسيطة.", "Mild allergic reactions."),
                    LocalizedText.of("عدوى في مكان الحقن.", "Infection where injected.")),
            List.of(LocalizedText.of("عدم إجراء العلاج.", "Not having the treatment."),
                    LocalizedText.of("علاجات تجميلية أخرى مثل حقن الفيلر أو البوتوكس، يشرحها الطبيب.",
                            "Other cosmetic treatments, such as filler or botulinum toxin injections, as the "
                                    + "doctor explains.")));

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            1, 5, 14, 45,
            Set.of(Credential.PHYSICIAN, Credential.NURSE),
            Set.of(),
            null,
            List.of(new ConsumableUse("exosome-vial", 1), new ConsumableUse("needle-30g", 2)),
            CareInstruction.describe(CARE, CarePhase.BEFORE),
            CareInstruction.describe(CARE, CarePhase.AFTER),
            Set.of(),
            List.of(CommonQuestions.CANCER, CommonQuestions.CANCER_ACTIVE, CommonQuestions.PREGNANT,
                    CommonQuestions.BREASTFEEDING, CommonQuestions.ACTIVE_INFECTION, CommonQuestions.BLOOD_DISORDER,
                    CommonQuestions.ANTICOAGULANTS, CommonQuestions.IMMUNE_DISORDER,
                    CommonQuestions.SKIN_DISEASE_AT_SITE, EXOSOME_ALLERGY, CommonQuestions.DIABETES,
                    CommonQuestions.HYPERTENSION, CommonQuestions.CARDIOVASCULAR_DISEASE, CommonQuestions.MEDICATIONS,
                    CommonQuestions.SMOKED_OR_DRANK_LAST_48H));

    /**
     * Article 001 names cancer patients «بسبب تشكل الخلايا السرطانية النشطة»: cancer that is active, under
     * treatment (a cancer medicine is listed), or not said to be over.
     */
    static boolean activeCancer(IntakeAnswers a) {
        return a.isTrue("CANCER_ACTIVE") || a.takesMedicineOf(MedicineClass.CHEMOTHERAPY)
                || (a.isTrue("CANCER") && !Boolean.FALSE.equals(a.values().get("CANCER_ACTIVE")));
    }

    private static final List<ScreeningRule> RULES = List.of(
            new ScreeningRule(ExosomePlugin::activeCancer, new ScreeningFinding("EXOSOME_CANCER", Severity.BLOCK,
                    LocalizedText.of("لا تُعطى الإكسوسومات مع سرطان نشط أو قيد العلاج: قد تعزز نمو السرطان وانتشاره.",
                            "Exosomes are not given with cancer that is active or being treated: they may promote "
                                    + "cancer and its spread."))),
            new ScreeningRule(a -> a.isTrue("CANCER") && !activeCancer(a), new ScreeningFinding("EXOSOME_PAST_CANCER",
                    Severity.CLEARANCE, LocalizedText.of(
                    "سرطان سابق غير نشط: يلزم إذن موثق من الطبيب يؤكد أنه غير نشط.",
                    "Past cancer, said not to be active: a physician's documented clearance confirms it first."))),
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
                    "دواء قد يتداخل مع العلاج (مثبط مناعة أو كورتيزون): يلزم إذن موثق من الطبيب.",
                    "A medicine that may interact with the treatment (immunosuppressant or corticosteroid): "
                            + "a physician's clearance is needed.")),
            whenTakes(STOP_BEFORE, "EXOSOME_STOP_BLOOD_THINNERS", Severity.WARN, LocalizedText.of(
                    "يجب إيقاف الأسبرين أو الإيبوبروفين وما شابههما قبل الجلسة بعد استشارة الطبيب.",
                    "Aspirin, ibuprofen and similar anti-inflammatories should be stopped before the session, "
                            + "as the doctor advises.")),
            whenYes("SMOKED_OR_DRANK_LAST_48H", "EXOSOME_SMOKING_OR_ALCOHOL", Severity.WARN, LocalizedText.of(
                    "التدخين أو الكحول خلال ٤٨ ساعة قبل الجلسة غير مستحب؛ فكّر في التأجيل.",
                    "Smoking or alcohol in the 48 hours before is advised against; consider postponing.")));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.2.0", SpiVersion.CURRENT,
                LocalizedText.of("حقن الإكسوسومات", "Exosome injections"));
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
