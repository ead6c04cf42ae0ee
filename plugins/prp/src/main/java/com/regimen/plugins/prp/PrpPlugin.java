package com.regimen.plugins.prp;

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

    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(
            1, 6, 28, 60,
            Set.of(Credential.PHYSICIAN, Credential.NURSE),
            Set.of("centrifuge"),
            null,
            List.of(new ConsumableUse("prp-kit", 1), new ConsumableUse("needle-blood-draw", 1),
                    new ConsumableUse("needle-30g", 2)),
            List.of(LocalizedText.of("اشرب كمية كافية من الماء قبل الجلسة لتسهيل سحب الدم.",
                            "Drink enough water before the session so blood is easy to draw."),
                    LocalizedText.of("الإجراء في العيادة ولا يحتاج عادةً إلى تخدير.",
                            "It is a clinic procedure and usually needs no anaesthetic.")),
            List.of(LocalizedText.of("قد تظهر آثار إبر أو ندبات صغيرة؛ استخدم الكريم الموصوف لمدة أسبوع تقريبًا.",
                            "Needle marks or small scars may show; use the prescribed cream for about a week."),
                    LocalizedText.of("قد تشعر بحكة في فروة الرأس بعد علاج الشعر، وهي مؤقتة.",
                            "The scalp may itch after hair treatment; it passes.")),
            Set.of(),
            List.of(CommonQuestions.LIVER_DISEASE, CommonQuestions.BLOOD_DISORDER, CommonQuestions.ANTICOAGULANTS,
                    CommonQuestions.MEDICATIONS, DEEP_WRINKLES_OR_LAXITY));

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
            ScreeningRule.whenYes(DEEP_WRINKLES_OR_LAXITY.code(), "PRP_NOT_FOR_DEEP_WRINKLES", Severity.WARN,
                    LocalizedText.of("أخبر المريض أن البلازما لا تعالج التجاعيد العميقة ولا ترهل الجلد.",
                            "Tell the patient PRP does not treat deep wrinkles or skin laxity.")));

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.0.0", SpiVersion.CURRENT,
                LocalizedText.of("حقن البلازما الغنية بالصفائح", "Platelet-rich plasma (PRP)"));
    }

    @Override
    public TreatmentProtocol protocol() {
        return PROTOCOL;
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
