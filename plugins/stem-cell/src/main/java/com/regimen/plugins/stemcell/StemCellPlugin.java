package com.regimen.plugins.stemcell;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.ConsentSection;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.IntakeAnswers;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.PerSessionPricing;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.PluginRejection;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteLine;
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
 * Stem-cell therapy (seed article 002 only; the stem-cell and exosome facial of article 003 is the
 * {@code regenerative-facial} plugin). Physician only, at locations accredited for it, as the WHO and EMA
 * warnings in 002 demand; priced per course, by cell source, in 002's 20,000 to 60,000 USD range; the
 * consent discloses that the therapy is still under research. Defaults where 002 is silent: README.
 */
public final class StemCellPlugin implements TreatmentPlugin {
    public static final String ID = "stem-cell";
    public static final String ACCREDITATION = "stem-cell";
    /** Option {@code cellSource}: the patient's own fat (default) or another safe (donor) source. */
    public static final String OPTION_CELL_SOURCE = "cellSource";
    public static final String AUTOLOGOUS = "autologous";
    public static final String DONOR = "donor";

    static final List<CareInstruction> CARE = List.of(
            // Article 002: «خارج الإشراف الطبي الدقيق» is what WHO and EMA warn against.
            CareInstruction.before(CareTiming.ONGOING, LocalizedText.of(
                    "يقيّم الطبيب حالتك ويشرح لك مصدر الخلايا وطريقة العلاج قبل الجلسة الأولى.",
                    "The physician assesses you and explains the cell source and method before the first session.")),
            // Article 002: «تقتصر عادة على ألم أو تورم خفيف في مكان الحقن»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "ألم أو تورم خفيف في مكان الحقن أمر متوقع.", "Mild pain or swelling where injected is expected.")),
            // Article 002: «قد تسبب مضاعفات خطيرة مثل العدوى أو رفض الجسم للخلايا المزروعة»
            CareInstruction.after(CareTiming.ONGOING, LocalizedText.of(
                    "اتصل بالعيادة فورًا عند الحمى أو ازدياد الاحمرار أو التورم أو الألم: قد تكون عدوى أو رفضًا للخلايا.",
                    "Call the clinic at once for fever, or growing redness, swelling or pain: it may be an infection "
                            + "or the body rejecting the cells.")));

    static final ConsentForm CONSENT = new ConsentForm("1", List.of(
            new ConsentSection(LocalizedText.of("العلاج", "The treatment"), LocalizedText.of(
                    "تُحقن خلايا جذعية، من دهوني أو من مصدر آخر، لتجديد الأنسجة. يختلف العلاج حسب نوعه ومصدر الخلايا "
                            + "وطريقة تطبيقها، وتتراوح تكلفته عالميًا بين ٢٠ و٦٠ ألف دولار.",
                    "Stem cells, from my own fat or another source, are injected to renew tissue. The treatment "
                            + "differs by its type, the source of the cells and the method; worldwide it costs "
                            + "20,000 to 60,000 US dollars.")),
            new ConsentSection(LocalizedText.of("ما زال قيد البحث", "Still under research"), LocalizedText.of(
                    "أعلم أن هذا العلاج لا يزال تحت البحث العلمي المستمر، وأن نتائجه تختلف من شخص لآخر، وأن "
                            + "بعض العلاجات التجارية باسم «الخلايا الجذعية» لا تقوم على أسس علمية واضحة.",
                    "I know this treatment is still under continuing scientific research, that its results differ "
                            + "from person to person, and that some commercial treatments sold as \"stem cells\" "
                            + "have no clear scientific basis.")),
            new ConsentSection(LocalizedText.of("الإشراف والاعتماد", "Supervision and accreditation"), LocalizedText.of(
                    "تحذر منظمة الصحة العالمية والهيئة الأوروبية للأدوية من هذه العلاجات خارج الإشراف الطبي الدقيق "
                            + "وفي المراكز غير المعتمدة؛ يجريه لي طبيب في مركز معتمد لهذا العلاج.",
                    "The World Health Organization and the European Medicines Agency warn against these treatments "
                            + "outside close medical supervision and in centres that are not accredited; a physician "
                            + "gives it to me at a centre accredited for it.")),
            new ConsentSection(LocalizedText.of("ما أؤكده", "What I confirm"), LocalizedText.of(
                    "أخبرت العيادة بحالتي الصحية وبكل الأدوية التي أتناولها، وسأتبع تعليمات ما بعد الجلسة.",
                    "I have told the clinic about my health and every medicine I take, and I will follow the "
                            + "instructions for after the session."))),
            List.of(LocalizedText.of("العدوى.", "Infection."),
                    LocalizedText.of("رفض الجسم للخلايا المزروعة.", "The body rejecting the transplanted cells."),
                    LocalizedText.of("ألم أو تورم خفيف في مكان الحقن.", "Mild pain or swelling where injected.")),
            List.of(LocalizedText.of("عدم إجراء العلاج.", "Not having the treatment."),
                    LocalizedText.of("الجراحة، حيث تناسب حالتي، مع فترة تعافٍ أطول ومخاطرها.",
                            "Surgery, where it suits my condition, with its longer recovery and its own risks.")));

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            1, 4, 28, 60,
            Set.of(Credential.PHYSICIAN),
            Set.of(),
            ACCREDITATION,
            List.of(new ConsumableUse("stem-cell-kit", 1), new ConsumableUse("needle-27g", 2)),
            CareInstruction.describe(CARE, CarePhase.BEFORE),
            CareInstruction.describe(CARE, CarePhase.AFTER),
            Set.of(),
            List.of(CommonQuestions.ACTIVE_INFECTION, CommonQuestions.CANCER, CommonQuestions.CANCER_ACTIVE,
                    CommonQuestions.PREGNANT, CommonQuestions.BREASTFEEDING, CommonQuestions.IMMUNE_DISORDER,
                    CommonQuestions.ANTICOAGULANTS, CommonQuestions.MEDICATIONS));

    /** Default (README): cancer that is active, under treatment, or not said to be over. */
    static boolean activeCancer(IntakeAnswers a) {
        return a.isTrue("CANCER_ACTIVE") || a.takesMedicineOf(MedicineClass.CHEMOTHERAPY)
                || (a.isTrue("CANCER") && !Boolean.FALSE.equals(a.values().get("CANCER_ACTIVE")));
    }

    private static final List<ScreeningRule> RULES = List.of(
            whenYes("ACTIVE_INFECTION", "STEM_CELL_ACTIVE_INFECTION", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الخلايا الجذعية مع وجود عدوى نشطة.", "No stem-cell treatment with an active infection.")),
            new ScreeningRule(StemCellPlugin::activeCancer, new ScreeningFinding("STEM_CELL_CANCER", Severity.BLOCK,
                    LocalizedText.of("لا تُعطى الخلايا الجذعية مع سرطان نشط أو قيد العلاج.",
                            "No stem-cell treatment with cancer that is active or being treated."))),
            new ScreeningRule(a -> a.isTrue("CANCER") && !activeCancer(a), new ScreeningFinding(
                    "STEM_CELL_PAST_CANCER", Severity.CLEARANCE, LocalizedText.of(
                    "سرطان سابق غير نشط: يلزم إذن موثق من الطبيب.",
                    "Past cancer, said not to be active: a physician's documented clearance is needed."))),
            whenYes("PREGNANT", "STEM_CELL_PREGNANCY", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الخلايا الجذعية أثناء الحمل.", "No stem-cell treatment during pregnancy.")),
            whenYes("BREASTFEEDING", "STEM_CELL_BREASTFEEDING", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الخلايا الجذعية أثناء الرضاعة.", "No stem-cell treatment while breastfeeding.")),
            whenYes("IMMUNE_DISORDER", "STEM_CELL_REJECTION_RISK", Severity.CLEARANCE, LocalizedText.of(
                    "اضطراب المناعة يزيد خطر رفض الخلايا: يلزم إذن موثق من الطبيب.",
                    "An immune disorder raises the risk of rejection: a physician's clearance is needed.")),
            // Default (the article is silent): named anticoagulants and antiplatelets count as a yes.
            new ScreeningRule(a -> a.isTrue("ANTICOAGULANTS")
                    || a.takesMedicineOf(MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET),
                    new ScreeningFinding("STEM_CELL_BLEEDING_RISK", Severity.CLEARANCE, LocalizedText.of(
                            "مضادات التخثر أو الصفائح تزيد خطر النزف عند الحقن: يلزم إذن موثق من الطبيب.",
                            "Anticoagulants or antiplatelets raise the bleeding risk: a physician's clearance "
                                    + "is needed."))));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "2.0.0", SpiVersion.CURRENT,
                LocalizedText.of("العلاج بالخلايا الجذعية", "Stem-cell therapy"));
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
    public Map<String, Long> defaultPrices() {
        return Map.of("course." + AUTOLOGOUS, 3_000_000L, // USD 30,000.00
                "course." + DONOR, 4_500_000L);           // USD 45,000.00
    }

    @Override
    public int defaultDepositPercent() {
        return 30; // the highest-value treatment: a larger deposit holds the physician's time
    }

    /** One price for the whole course, whatever its 1 to 4 sessions. */
    @Override
    public Quote quote(QuoteRequest request) {
        PerSessionPricing.requireSessionsInRange(request, PROTOCOL);
        String source = request.options().getOrDefault(OPTION_CELL_SOURCE, AUTOLOGOUS);
        if (!AUTOLOGOUS.equals(source) && !DONOR.equals(source)) {
            throw new PluginRejection("UNKNOWN_CELL_SOURCE", LocalizedText.of(
                    "مصدر الخلايا يجب أن يكون autologous أو donor", "cellSource must be autologous or donor"));
        }
        String key = "course." + source;
        long total = request.prices().amount(key).orElseThrow(() -> PerSessionPricing.priceNotSet(key));
        LocalizedText label = AUTOLOGOUS.equals(source)
                ? LocalizedText.of("برنامج خلايا جذعية من دهون المريض (" + request.sessions() + " جلسات)",
                "Stem-cell course, patient's own fat (" + request.sessions() + " sessions)")
                : LocalizedText.of("برنامج خلايا جذعية من متبرع (" + request.sessions() + " جلسات)",
                "Stem-cell course, donor cells (" + request.sessions() + " sessions)");
        return new Quote(request.prices().currency(), List.of(new QuoteLine(label, total)), total,
                total / request.sessions(), PerSessionPricing.deposit(total, request.prices().depositPercent()));
    }

    @Override
    public List<ScreeningFinding> screen(ScreeningSubject subject) {
        return ScreeningRule.evaluate(RULES, subject);
    }
}
