package com.regimen.plugin.spi;

/** Intake questions about facts many treatments need. Use these codes rather than inventing synonyms. */
public final class CommonQuestions {
    public static final IntakeQuestion PREGNANT = new IntakeQuestion("PREGNANT", AnswerType.BOOLEAN,
            LocalizedText.of("هل أنتِ حامل؟", "Are you pregnant?"), true);
    public static final IntakeQuestion BREASTFEEDING = new IntakeQuestion("BREASTFEEDING", AnswerType.BOOLEAN,
            LocalizedText.of("هل ترضعين رضاعة طبيعية؟", "Are you breastfeeding?"), true);
    public static final IntakeQuestion MEDICATIONS = new IntakeQuestion("MEDICATIONS", AnswerType.LIST,
            LocalizedText.of("ما الأدوية التي تتناولها حاليًا؟", "Which medicines do you take now?"), true);
    public static final IntakeQuestion ALLERGIES = new IntakeQuestion("ALLERGIES", AnswerType.LIST,
            LocalizedText.of("ما الحساسية المعروفة لديك؟", "Which allergies do you know of?"), true);
    public static final IntakeQuestion LIVER_DISEASE = new IntakeQuestion("LIVER_DISEASE", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك مرض في الكبد؟", "Do you have a liver disease?"), true);
    public static final IntakeQuestion BLOOD_DISORDER = new IntakeQuestion("BLOOD_DISORDER", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك اضطراب في الدم أو تخثره؟", "Do you have a blood or clotting disorder?"), true);
    public static final IntakeQuestion ANTICOAGULANTS = new IntakeQuestion("ANTICOAGULANTS", AnswerType.BOOLEAN,
            LocalizedText.of("هل تتناول أدوية مميعة للدم؟", "Do you take blood-thinning (anticoagulant) medicine?"),
            true);
    public static final IntakeQuestion CANCER = new IntakeQuestion("CANCER", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك سرطان أو أصبت به سابقًا؟", "Do you have, or have you had, cancer?"), true);
    /**
     * Asked beside {@link #CANCER}, which covers past cancer too: a treatment that must not be given with
     * active cancer can then tell a patient in remission from one under treatment. Not required, so
     * intakes recorded before it stay complete; a plugin treats a missing answer after a yes to
     * {@code CANCER} as "may be active".
     *
     * @since SPI 1.1
     */
    public static final IntakeQuestion CANCER_ACTIVE = new IntakeQuestion("CANCER_ACTIVE", AnswerType.BOOLEAN,
            LocalizedText.of("إن كنت قد أصبت بالسرطان: هل هو نشط الآن أو ما زلت تتلقى علاجًا له؟",
                    "If you have had cancer: is it active now, or are you still being treated for it?"), false);
    public static final IntakeQuestion ACTIVE_INFECTION = new IntakeQuestion("ACTIVE_INFECTION", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك عدوى نشطة غير مسيطر عليها؟", "Do you have an active, uncontrolled infection?"),
            true);
    public static final IntakeQuestion IMMUNE_DISORDER = new IntakeQuestion("IMMUNE_DISORDER", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك نقص أو اضطراب في المناعة؟", "Do you have an immune deficiency or disorder?"),
            true);
    public static final IntakeQuestion SKIN_DISEASE_AT_SITE = new IntakeQuestion("SKIN_DISEASE_AT_SITE",
            AnswerType.BOOLEAN, LocalizedText.of("هل يوجد مرض جلدي نشط في المنطقة التي ستُعالَج؟",
            "Is there an active skin disease where the treatment will be given?"), true);
    public static final IntakeQuestion DIABETES = new IntakeQuestion("DIABETES", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك سكري؟", "Do you have diabetes?"), true);
    public static final IntakeQuestion HYPERTENSION = new IntakeQuestion("HYPERTENSION", AnswerType.BOOLEAN,
            LocalizedText.of("هل لديك ارتفاع في ضغط الدم؟", "Do you have high blood pressure?"), true);
    public static final IntakeQuestion CARDIOVASCULAR_DISEASE = new IntakeQuestion("CARDIOVASCULAR_DISEASE",
            AnswerType.BOOLEAN, LocalizedText.of("هل لديك مرض في القلب أو الأوعية الدموية؟",
            "Do you have a heart or blood-vessel disease?"), true);
    public static final IntakeQuestion SMOKED_OR_DRANK_LAST_48H = new IntakeQuestion("SMOKED_OR_DRANK_LAST_48H",
            AnswerType.BOOLEAN, LocalizedText.of("هل دخنت أو شربت الكحول خلال آخر ٤٨ ساعة؟",
            "Have you smoked or drunk alcohol in the last 48 hours?"), true);

    private CommonQuestions() {
    }
}
