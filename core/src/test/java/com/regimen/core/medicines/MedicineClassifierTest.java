package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MedicineClassifierTest {
    private static final MedicineVocabulary VOCABULARY = MedicineVocabulary.builtIn();
    private final MedicineClassifier classifier = new MedicineClassifier(VOCABULARY, Map.of());

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = ';', value = {
            // anticoagulants: generic, brands, Arabic with hamza, article, diacritics, tatweel, digits
            "warfarin 5mg; warfarin; ANTICOAGULANT",
            "Coumadin; warfarin; ANTICOAGULANT",
            "وارفارين ٥ ملغ; warfarin; ANTICOAGULANT",
            "الوارفارين; warfarin; ANTICOAGULANT",
            "وَارْفَارِين; warfarin; ANTICOAGULANT",
            "وارفـــارين; warfarin; ANTICOAGULANT",
            "Xarelto 20 mg; rivaroxaban; ANTICOAGULANT",
            "زاريلتو ٢٠; rivaroxaban; ANTICOAGULANT",
            "Eliquis; apixaban; ANTICOAGULANT",
            "أليكويس; apixaban; ANTICOAGULANT",
            "إليكويس ۵ ملغ; apixaban; ANTICOAGULANT",
            "PRADAXA 150; dabigatran; ANTICOAGULANT",
            "clexane 40 injection; enoxaparin; ANTICOAGULANT",
            "حقن كليكسان; enoxaparin; ANTICOAGULANT",
            // antiplatelets (aspirin is an NSAID too)
            "Aspirin 81mg; aspirin; ANTIPLATELET NSAID",
            "أسبرين; aspirin; ANTIPLATELET NSAID",
            "اسبرين ١٠٠ مجم; aspirin; ANTIPLATELET NSAID",
            "Aspocid; aspirin; ANTIPLATELET NSAID",
            "Plavix 75; clopidogrel; ANTIPLATELET",
            "بلافيكس; clopidogrel; ANTIPLATELET",
            "Brilinta; ticagrelor; ANTIPLATELET",
            // NSAIDs
            "Brufen 400; ibuprofen; NSAID",
            "بروفين ٤٠٠; ibuprofen; NSAID",
            "إيبوبروفين; ibuprofen; NSAID",
            "Voltaren; diclofenac; NSAID",
            "كتافلام; diclofenac; NSAID",
            "Arcoxia 90; etoricoxib; NSAID",
            // corticosteroids
            "prednisolone; prednisolone; CORTICOSTEROID",
            "بريدنيزولون; prednisolone; CORTICOSTEROID",
            "Medrol 4mg; methylprednisolone; CORTICOSTEROID",
            "ديكساميثازون; dexamethasone; CORTICOSTEROID",
            // immunosuppressants (methotrexate is a chemotherapy too)
            "Methotrexate weekly; methotrexate; IMMUNOSUPPRESSANT CHEMOTHERAPY",
            "ميثوتريكسات; methotrexate; IMMUNOSUPPRESSANT CHEMOTHERAPY",
            "Cyclosporine; ciclosporin; IMMUNOSUPPRESSANT",
            "Humira pen; adalimumab; IMMUNOSUPPRESSANT",
            "هيوميرا; adalimumab; IMMUNOSUPPRESSANT",
            "إميوران; azathioprine; IMMUNOSUPPRESSANT",
            "mycophenolate mofetil 500; mycophenolic acid; IMMUNOSUPPRESSANT",
            // retinoids
            "Roaccutane 20mg; isotretinoin; RETINOID",
            "روكيوتان; isotretinoin; RETINOID",
            "ايزوتريتينوين; isotretinoin; RETINOID",
            // chemotherapy
            "Tamoxifen; tamoxifen; CHEMOTHERAPY",
            "تاموكسيفين; tamoxifen; CHEMOTHERAPY",
            "Xeloda; capecitabine; CHEMOTHERAPY",
            // antibiotics
            "Augmentin 1g; amoxicillin and clavulanic acid; ANTIBIOTIC",
            "أوجمنتين; amoxicillin and clavulanic acid; ANTIBIOTIC",
            "doxycycline 100; doxycycline; ANTIBIOTIC",
            // recognised, in no class of interest
            "Panadol Extra; paracetamol; OTHER",
            "بنادول; paracetamol; OTHER",
            "Glucophage 500; metformin; OTHER",
            "التروكسين ٥٠ ميكروغرام; levothyroxine; OTHER"})
    void namesInBothLanguagesMapToTheirClasses(String listed, String medicine, String classes) {
        List<ListedMedicine> found = classifier.classify(List.of(listed));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).listed()).isEqualTo(listed);
        assertThat(found.get(0).medicine()).isEqualTo(medicine);
        assertThat(found.get(0).classes()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(classes.split(" ")).map(MedicineClass::valueOf).toList());
        assertThat(found.get(0).source()).isEqualTo(KnownMedicine.VOCABULARY);
    }

    // A physician's review: heparin gel is not a systemic anticoagulant. On the skin, the systemic classes go.
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "Heparin gel; heparin; OTHER",
            "هيبارين جل; heparin; OTHER",
            "Voltaren Emulgel 1%; diclofenac; OTHER",
            "فولتارين جل; diclofenac; OTHER",
            "hydrocortisone cream; hydrocortisone; OTHER",
            "مرهم تاكروليموس; tacrolimus; OTHER",
            // the same medicines taken systemically keep their classes
            "heparin injection 5000 units; heparin; ANTICOAGULANT",
            "Voltaren 50mg tablets; diclofenac; NSAID",
            // a cancer medicine on the skin still says cancer; a topical retinoid is a retinoid
            "fluorouracil cream; fluorouracil; CHEMOTHERAPY",
            "Differin gel; adapalene; RETINOID"})
    void onTheSkinAMedicineKeepsOnlyTheClassesThatActThere(String listed, String medicine, String classes) {
        List<ListedMedicine> found = classifier.classify(List.of(listed));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).recognised()).isTrue();
        assertThat(found.get(0).medicine()).isEqualTo(medicine);
        assertThat(found.get(0).classes()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(classes.split(" ")).map(MedicineClass::valueOf).toList());
    }

    @Test
    void theArabicCommaAndOtherSeparatorsSplitTheList() {
        assertThat(classifier.classify(List.of("وارفارين، أسبرين؛ بنادول")))
                .extracting(ListedMedicine::medicine).containsExactly("warfarin", "aspirin", "paracetamol");
        assertThat(classifier.classify(List.of("Plavix, Brufen; Panadol / Eliquis\nMedrol")))
                .extracting(ListedMedicine::medicine)
                .containsExactly("clopidogrel", "ibuprofen", "paracetamol", "apixaban", "methylprednisolone");
        assertThat(classifier.classify(List.of("warfarin and aspirin", "بروفين و بنادول")))
                .extracting(ListedMedicine::medicine).containsExactly("warfarin", "aspirin", "ibuprofen", "paracetamol");
        assertThat(classifier.classify(List.of("وارفارين وأسبرين")))
                .as("a conjunction written onto the next name").extracting(ListedMedicine::medicine)
                .containsExactly("warfarin", "aspirin");
    }

    @Test
    void aGenericNameWithAndInItIsSplitIntoPartsThatAreEachKnown() {
        assertThat(classifier.classify(List.of("amoxicillin and clavulanic acid")))
                .allMatch(ListedMedicine::recognised)
                .allMatch(m -> m.classes().contains(MedicineClass.ANTIBIOTIC));
    }

    @Test
    void aSlashBetweenDigitsIsADoseNotASeparator() {
        assertThat(classifier.classify(List.of("Panadol 500/65 mg"))).extracting(ListedMedicine::medicine)
                .containsExactly("paracetamol");
    }

    @Test
    void anUnrecognisedEntryIsKeptAndNamedNeverDropped() {
        List<ListedMedicine> found = classifier.classify(List.of("Zorbelix 10mg، وارفارين"));
        assertThat(found).extracting(ListedMedicine::listed).containsExactly("Zorbelix 10mg", "وارفارين");
        assertThat(found.get(0).recognised()).isFalse();
        assertThat(found.get(0).classes()).isEmpty();
        assertThat(found.get(1).recognised()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Panadol Fraxiparine; paracetamol",
            "Fraxiparine Panadol; paracetamol",
            "بنادول فراكسيبارين; paracetamol",
            "Warfarin Zorbelix 5 mg; warfarin"})
    void aKnownNameDoesNotHideAnUnknownWordBesideIt(String listed, String known) {
        List<ListedMedicine> found = classifier.classify(List.of(listed));
        assertThat(found).extracting(ListedMedicine::medicine).containsExactly(known, null);
        assertThat(found.get(1).listed()).isEqualTo(listed);
        assertThat(found.get(1).recognised()).isFalse();
    }

    @Test
    void dosesUnitsFormsAndFrequenciesBesideANameAreNotMedicines() {
        assertThat(classifier.classify(List.of("Aspirin 100 mg tablets once daily", "حبوب الوارفارين ٥ ملغ يوميا",
                "Clexane 40 mg injection", "Humira pen")))
                .allMatch(ListedMedicine::recognised).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Omega-3", "fish oil 1000 mg", "زيت السمك", "أوميغا ٣", "Ginkgo biloba", "جنكو", "garlic capsules",
            "ginseng", "vitamin E", "turmeric"})
    void aBleedingRiskSupplementIsNeverOtherButGoesToAPhysician(String listed) {
        assertThat(classifier.classify(List.of(listed)))
                .as("a supplement that raises bleeding risk must not screen CLEAR as OTHER")
                .noneMatch(medicine -> medicine.classes().contains(MedicineClass.OTHER))
                .anyMatch(medicine -> !medicine.recognised());
    }

    @Test
    void aNameInsideAnotherWordIsNotAMatch() {
        // "asa" is aspirin, but not inside "Nasacort" or "Kasabian".
        assertThat(classifier.classify(List.of("Kasabian drops"))).allMatch(m -> !m.recognised());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Warfarin5mg; warfarin",
            "Xarelto20mg; rivaroxaban",
            "وارفارين٥ملغ; warfarin",
            "زاريلتو۲۰ملغ; rivaroxaban",
            "Plavix75; clopidogrel"})
    void aDoseWrittenOntoTheNameIsSplitOff(String listed, String medicine) {
        assertThat(classifier.classify(List.of(listed))).extracting(ListedMedicine::medicine).containsExactly(medicine);
        assertThat(MedicineNames.fold("Warfarin5mg")).isEqualTo("warfarin 5 mg");
    }

    @Test
    void noneInEitherLanguageListsNothing() {
        assertThat(classifier.classify(List.of("none"))).isEmpty();
        assertThat(classifier.classify(List.of("لا يوجد"))).isEmpty();
        assertThat(classifier.classify(List.of("لا شيء", " ", "-", "٥"))).isEmpty();
    }

    @Test
    void aClinicsAdditionIsRecognisedAndAddsToTheBuiltInClasses() {
        MedicineClassifier withClinic = new MedicineClassifier(VOCABULARY, Map.of(
                MedicineNames.fold("Zorbelix"), Set.of(MedicineClass.ANTICOAGULANT),
                MedicineNames.fold("glucosamine"), Set.of(MedicineClass.ANTIPLATELET)));
        List<ListedMedicine> found = withClinic.classify(List.of("zorbelix 10 mg", "Glucosamine 1500 mg"));
        assertThat(found.get(0).classes()).containsExactly(MedicineClass.ANTICOAGULANT);
        assertThat(found.get(0).source()).isEqualTo(KnownMedicine.CLINIC);
        assertThat(found).extracting(ListedMedicine::medicine).contains("glucosamine");
        assertThat(found.stream().filter(m -> m.medicine().equals("glucosamine")).findFirst().orElseThrow().classes())
                .as("OTHER gives way to a real class").containsExactly(MedicineClass.ANTIPLATELET);
    }

    @Test
    void foldingCoversHamzaTaMarbutaAlefMaqsuraDiacriticsTatweelAndDigits() {
        assertThat(MedicineNames.fold("أإآا")).isEqualTo("اااا");
        assertThat(MedicineNames.fold("ؤئ")).isEqualTo("وي");
        assertThat(MedicineNames.fold("حبة")).isEqualTo(MedicineNames.fold("حبه"));
        assertThat(MedicineNames.fold("مستشفى")).isEqualTo(MedicineNames.fold("مستشفي"));
        assertThat(MedicineNames.fold("دَوَاءٌ")).isEqualTo("دواء");
        assertThat(MedicineNames.fold("دـــواء")).isEqualTo("دواء");
        assertThat(MedicineNames.fold("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789 0123456789");
        assertThat(MedicineNames.fold("  Co-Amoxiclav  ")).isEqualTo("co amoxiclav");
    }

    @Test
    void theVocabularyIsLargeAndEveryClassHasMembers() {
        assertThat(VOCABULARY.size()).isGreaterThan(500);
        assertThat(VOCABULARY.medicines().stream().flatMap(m -> m.classes().stream()).distinct())
                .containsExactlyInAnyOrder(MedicineClass.values());
    }

    @Test
    void aBadVocabularyLineFailsLoading() {
        assertThatThrownBy(() -> MedicineVocabulary.parse(List.of("B01AA03\twarfarin")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> MedicineVocabulary.parse(List.of("XYZ\twarfarin\tcoumadin")))
                .hasMessageContaining("not an ATC code");
        assertThatThrownBy(() -> MedicineVocabulary.parse(List.of("B01AA03\twarfarin\tcoumadin",
                "B01AC06\taspirin\tCoumadin"))).hasMessageContaining("already warfarin");
    }

    @Test
    void atcGroupsGiveTheClasses() {
        assertThat(AtcClasses.of("B01AF01")).isEqualTo(MedicineClass.ANTICOAGULANT);
        assertThat(AtcClasses.of("B01AX05")).isEqualTo(MedicineClass.ANTICOAGULANT);
        assertThat(AtcClasses.of("B01AX07")).isEqualTo(MedicineClass.OTHER);
        assertThat(AtcClasses.of("B01AC06")).isEqualTo(MedicineClass.ANTIPLATELET);
        assertThat(AtcClasses.of("M01AE01")).isEqualTo(MedicineClass.NSAID);
        assertThat(AtcClasses.of("H02AB06")).isEqualTo(MedicineClass.CORTICOSTEROID);
        assertThat(AtcClasses.of("L04AX03")).isEqualTo(MedicineClass.IMMUNOSUPPRESSANT);
        assertThat(AtcClasses.of("D10BA01")).isEqualTo(MedicineClass.RETINOID);
        assertThat(AtcClasses.of("L01BA01")).isEqualTo(MedicineClass.CHEMOTHERAPY);
        assertThat(AtcClasses.of("J01CR02")).isEqualTo(MedicineClass.ANTIBIOTIC);
        assertThat(AtcClasses.of("N02BE01")).isEqualTo(MedicineClass.OTHER);
    }
}
