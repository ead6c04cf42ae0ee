package com.regimen.plugin.spi;

/**
 * What a medicine does that screening cares about, as Regimen's medicine vocabulary classifies the
 * names a patient lists (generic or brand, English or Arabic; see {@link IntakeAnswers#takesMedicineOf}).
 * Each class follows WHO ATC groups (in brackets). A medicine may be in several classes (aspirin is an
 * antiplatelet and an NSAID; methotrexate an immunosuppressant and a chemotherapy). New constants may
 * appear in a minor SPI version: a rule should name the classes it cares about, never switch over all.
 *
 * @since SPI 1.1
 */
public enum MedicineClass {
    /** Vitamin K antagonists, heparins, direct thrombin and factor Xa inhibitors (ATC B01AA, B01AB, B01AE, B01AF). */
    ANTICOAGULANT,
    /** Platelet aggregation inhibitors, low-dose aspirin included (ATC B01AC). */
    ANTIPLATELET,
    /** Non-steroidal anti-inflammatories (ATC M01A, and aspirin's N02BA). */
    NSAID,
    /** Systemic corticosteroids (ATC H02). */
    CORTICOSTEROID,
    /** Immunosuppressants (ATC L04). */
    IMMUNOSUPPRESSANT,
    /** Retinoids by mouth or on the skin, isotretinoin above all (ATC D10BA, D10AD, D05BB). */
    RETINOID,
    /** Antineoplastic (cancer) medicines (ATC L01). */
    CHEMOTHERAPY,
    /** Antibacterials for systemic use (ATC J01). */
    ANTIBIOTIC,
    /** A recognised medicine in none of the classes above (paracetamol, metformin, levothyroxine, ...). */
    OTHER
}
