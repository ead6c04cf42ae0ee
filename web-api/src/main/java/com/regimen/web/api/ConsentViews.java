package com.regimen.web.api;

import com.regimen.core.consent.CareSheet;
import com.regimen.core.consent.ConsentStanding;
import com.regimen.core.consent.FormAsSigned;
import com.regimen.core.consent.SignedConsent;
import com.regimen.core.consent.TreatmentConsent;
import com.regimen.plugin.spi.LocalizedText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** The shapes of the consent endpoints and of an appointment's care instructions. */
public final class ConsentViews {
    private ConsentViews() {
    }

    /** Text in both languages. */
    public record Text(String ar, String en) {
        static Text of(LocalizedText text) {
            return new Text(text.ar(), text.en());
        }

        static List<Text> of(List<LocalizedText> texts) {
            return texts.stream().map(Text::of).toList();
        }
    }

    public record Section(Text title, Text text) {
    }

    /** A treatment's consent form as it stands now: show it in the patient's language, then sign it. */
    public record Form(String treatmentId, String pluginVersion, String version, Text treatmentName,
                       List<Section> sections, List<Text> risks, List<Text> alternatives) {
        public static Form of(TreatmentConsent consent) {
            FormAsSigned form = consent.form();
            return new Form(consent.treatmentId(), consent.pluginVersion(), form.version(),
                    Text.of(form.treatmentName()),
                    form.sections().stream().map(s -> new Section(Text.of(s.title()), Text.of(s.text()))).toList(),
                    Text.of(form.risks()), Text.of(form.alternatives()));
        }
    }

    /**
     * @param mark     the patient's drawn mark: a PNG data URL (data:image/png;base64,...) of at most 32 KiB,
     *                 100×40 to 1600×800 pixels, with some ink on it
     * @param language the language the form was shown in; left out, the patient's
     */
    public record Sign(@NotBlank @Size(max = 40) String treatmentId,
                       @NotBlank @Size(max = 200) String typedName,
                       @Schema(description = "PNG data URL of the drawn mark, at most 32 KiB",
                               format = "data-url") @NotBlank String mark,
                       @Schema(nullable = true, allowableValues = {"ar", "en"}) String language) {
    }

    /**
     * A signature: {@code current} when it is of the treatment's current consent version (check-in
     * needs a current one); the witness is the member of staff who was signed in.
     */
    public record Consent(String id, String patientId, String treatmentId, String pluginVersion,
                          String consentVersion, String language, String typedName, String markSha256,
                          String witnessId, String witnessName, Instant signedAt, boolean current) {
        public static Consent of(ConsentStanding standing) {
            SignedConsent c = standing.consent();
            return new Consent(c.id(), c.patientId(), c.treatmentId(), c.pluginVersion(), c.consentVersion(),
                    c.language(), c.typedName(), c.markSha256(), c.witnessId(), c.witnessName(), c.signedAt(),
                    standing.current());
        }
    }

    /** One instruction: when ({@code span} HOURS from-to, ONGOING or UNSTATED), the text, and the line with its timing. */
    public record CareItem(String phase, String span, int fromHours, int toHours, Text text, Text line) {
    }

    /**
     * Pre-care and after-care in the patient's {@code language}, each line with its timing, and every
     * instruction in both languages.
     */
    public record Care(String language, List<String> preCare, List<String> afterCare, List<CareItem> instructions) {
        public static Care of(CareSheet sheet) {
            return new Care(sheet.language(), sheet.preCare(), sheet.afterCare(), sheet.instructions().stream()
                    .map(i -> new CareItem(i.phase().name(), i.timing().span().name(), i.timing().fromHours(),
                            i.timing().toHours(), Text.of(i.text()), Text.of(i.line()))).toList());
        }
    }
}
