package com.regimen.web.api;

import com.regimen.core.booking.CancellationTerms;
import com.regimen.core.selfservice.ConsentSigned;
import com.regimen.core.selfservice.IntakeReceived;
import com.regimen.core.selfservice.IssuedLink;
import com.regimen.core.selfservice.Visit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The shapes of the patient's self-service pages and of the desk's link. */
public final class SelfServiceViews {
    private SelfServiceViews() {
    }

    /** A new link, shown once: the token is in the address's fragment (after #), which browsers never send. */
    public record SelfServiceLink(@Schema(nullable = true, description = "The patient's link; null on an "
            + "Idempotency-Key replay (the token is shown once)") String url, Instant expiresAt)
            implements ShownOnce {
        public static SelfServiceLink of(IssuedLink issued) {
            return new SelfServiceLink(issued.url().toString(), issued.expiresAt());
        }

        @Override
        public Object withoutSecret() {
            return new SelfServiceLink(null, expiresAt);
        }
    }

    /** How many live links to the appointment were revoked. */
    public record SelfServiceLinksRevoked(int revoked) {
    }

    /**
     * What cancelling now keeps: free until {@code freeUntil}; after it, {@code feeNow} (minor units of
     * {@code currency}), which a cancellation must accept.
     */
    public record SelfServiceTerms(Instant freeUntil, long feeNow, String currency) {
        static SelfServiceTerms of(CancellationTerms terms) {
            return terms == null ? null
                    : new SelfServiceTerms(terms.freeUntil(), terms.cancellationFeeNow(), terms.currency());
        }
    }

    /** The treatment's consent form version, and whether the patient has signed it. */
    public record SelfServiceConsentNeed(String version, boolean signed) {
    }

    /**
     * The patient's visit. {@code state}: OPEN (booked and not started: the patient may act), CANCELLED or
     * OVER (a read-only page saying so, without instructions, terms or consent).
     */
    public record SelfServiceVisit(String appointmentId,
                            @Schema(allowableValues = {"OPEN", "CANCELLED", "OVER"}) String state,
                            Instant startsAt, Instant endsAt,
                            @Schema(description = "The location's IANA time zone: show times in it") String timeZone,
                            String treatmentId, ConsentViews.Text treatmentName, String locationName,
                            String practitionerName,
                            @Schema(allowableValues = {"ar", "en"}) String language,
                            List<String> preCare,
                            @Schema(nullable = true) SelfServiceTerms cancellation,
                            @Schema(nullable = true) Instant confirmedAt,
                            @Schema(nullable = true) SelfServiceConsentNeed consent) {
        public static SelfServiceVisit of(Visit v) {
            return new SelfServiceVisit(v.appointmentId(), v.state().name(), v.startsAt(), v.endsAt(),
                    v.timeZone().getId(), v.treatmentId(), ConsentViews.Text.of(v.treatmentName()), v.locationName(),
                    v.practitionerName(),
                    v.language(), v.preCare(), SelfServiceTerms.of(v.terms()), v.confirmedAt(),
                    v.consent() == null ? null
                            : new SelfServiceConsentNeed(v.consent().version(), v.consent().signed()));
        }
    }

    /** Cancel, keeping at most {@code feeAccepted} (minor units; 0 or absent: only if free). */
    public record SelfServiceCancel(@Schema(nullable = true) @Min(0) Long feeAccepted) {
    }

    /** The intake questions of the visit's treatment, in the asked language. */
    public record SelfServiceIntakeForm(String language, List<Question> questions) {
    }

    /** SelfServiceAnswers to the visit's treatment's questions, by code (null: not answered). */
    public record SelfServiceAnswers(@NotNull @Size(max = 200)
                                     @Schema(additionalPropertiesSchema = IntakeAnswer.class) Map<String, Object> answers) {
    }

    /** The answers arrived; nothing is said about what they mean: the clinic reviews them. */
    public record SelfServiceIntakeReceived(int version, Instant receivedAt) {
        public static SelfServiceIntakeReceived of(IntakeReceived r) {
            return new SelfServiceIntakeReceived(r.version(), r.receivedAt());
        }
    }

    /**
     * @param mark     the patient's drawn mark: a PNG data URL of at most 32 KiB
     * @param language the language the form was shown in; left out, the patient's
     */
    public record SelfServiceSign(@NotBlank @Size(max = 200) String typedName,
                       @Schema(description = "PNG data URL of the drawn mark, at most 32 KiB",
                               format = "data-url") @NotBlank String mark,
                       @Schema(nullable = true, allowableValues = {"ar", "en"}) String language) {
    }

    /** The signature kept; {@code alreadySigned} when it was there before this request. */
    public record SelfServiceSigned(String consentId, String treatmentId, String consentVersion, Instant signedAt,
                         boolean alreadySigned) {
        public static SelfServiceSigned of(ConsentSigned s) {
            return new SelfServiceSigned(s.consent().id(), s.consent().treatmentId(), s.consent().consentVersion(),
                    s.consent().signedAt(), s.alreadySigned());
        }
    }
}
