package com.regimen.plugins.stemcell;

import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.Credential;
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
import java.util.Set;

import static com.regimen.plugin.spi.ScreeningRule.whenYes;

/**
 * Stem-cell injections (seed articles 002 and 003). Physician only, at locations accredited for
 * it, as the WHO and EMA warnings in 002 demand. Priced per course, by cell source, in the
 * 20,000 to 60,000 USD range 002 gives. Defaults where the articles are silent: README.
 */
public final class StemCellPlugin implements TreatmentPlugin {
    public static final String ID = "stem-cell";
    public static final String ACCREDITATION = "stem-cell";
    /** Option {@code cellSource}: the patient's own fat (default) or another safe (donor) source. */
    public static final String OPTION_CELL_SOURCE = "cellSource";
    public static final String AUTOLOGOUS = "autologous";
    public static final String DONOR = "donor";

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            2, 4, 28, 45,
            Set.of(Credential.PHYSICIAN),
            Set.of(),
            ACCREDITATION,
            List.of(new ConsumableUse("stem-cell-kit", 1), new ConsumableUse("needle-27g", 2)),
            List.of(LocalizedText.of("يقيّم الطبيب حالتك قبل كل جلسة.", "The physician assesses you before each session."),
                    LocalizedText.of("قد يُستخدم كريم مخدر موضعي قبل الحقن.",
                            "A topical anaesthetic cream may be used before the injections.")),
            List.of(LocalizedText.of("تجنب الشمس ومستحضرات التجميل لمدة ٢٤ إلى ٤٨ ساعة.",
                            "Avoid sun and make-up for 24 to 48 hours."),
                    LocalizedText.of("احمرار أو تورم أو حكة أو كدمات لبضعة أيام أمر متوقع؛ راجع العيادة عند أي علامة عدوى.",
                            "Redness, swelling, itching or bruising for a few days is expected; "
                                    + "call the clinic at any sign of infection.")),
            Set.of(),
            List.of(CommonQuestions.ACTIVE_INFECTION, CommonQuestions.CANCER, CommonQuestions.PREGNANT,
                    CommonQuestions.BREASTFEEDING, CommonQuestions.IMMUNE_DISORDER, CommonQuestions.ANTICOAGULANTS,
                    CommonQuestions.ALLERGIES, CommonQuestions.MEDICATIONS));

    private static final List<ScreeningRule> RULES = List.of(
            whenYes("ACTIVE_INFECTION", "STEM_CELL_ACTIVE_INFECTION", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الخلايا الجذعية مع وجود عدوى نشطة.", "No stem-cell treatment with an active infection.")),
            whenYes("CANCER", "STEM_CELL_CANCER", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الخلايا الجذعية لمرضى السرطان.", "No stem-cell treatment for patients with cancer.")),
            whenYes("PREGNANT", "STEM_CELL_PREGNANCY", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الخلايا الجذعية أثناء الحمل.", "No stem-cell treatment during pregnancy.")),
            whenYes("BREASTFEEDING", "STEM_CELL_BREASTFEEDING", Severity.BLOCK, LocalizedText.of(
                    "لا تُعطى الخلايا الجذعية أثناء الرضاعة.", "No stem-cell treatment while breastfeeding.")),
            whenYes("IMMUNE_DISORDER", "STEM_CELL_REJECTION_RISK", Severity.CLEARANCE, LocalizedText.of(
                    "اضطراب المناعة يزيد خطر رفض الخلايا: يلزم إذن موثق من الطبيب.",
                    "An immune disorder raises the risk of rejection: a physician's clearance is needed.")),
            // Default (the articles are silent): named anticoagulants and antiplatelets count as a yes.
            new ScreeningRule(a -> a.isTrue("ANTICOAGULANTS")
                    || a.takesMedicineOf(MedicineClass.ANTICOAGULANT, MedicineClass.ANTIPLATELET),
                    new ScreeningFinding("STEM_CELL_BLEEDING_RISK", Severity.CLEARANCE, LocalizedText.of(
                            "مضادات التخثر أو الصفائح تزيد خطر النزف عند الحقن: يلزم إذن موثق من الطبيب.",
                            "Anticoagulants or antiplatelets raise the bleeding risk: a physician's clearance "
                                    + "is needed."))),
            new ScreeningRule(a -> !a.list("ALLERGIES").isEmpty(),
                    new ScreeningFinding("STEM_CELL_ALLERGY_HISTORY", Severity.WARN, LocalizedText.of(
                            "تفاعل تحسسي نادر ممكن؛ راجع الحساسية المذكورة مع المريض.",
                            "A rare allergic reaction is possible; review the listed allergies with the patient."))));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.1.0", SpiVersion.CURRENT,
                LocalizedText.of("حقن الخلايا الجذعية", "Stem-cell injections"));
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

    /** One price for the whole course, whatever its 2 to 4 sessions. */
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
