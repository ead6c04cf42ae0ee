package com.regimen.core.selfservice;

import com.regimen.core.booking.CancellationTerms;
import com.regimen.plugin.spi.LocalizedText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the patient sees of their appointment through the link. A visit that is not {@link VisitState#OPEN}
 * carries only what says so: no instructions, terms or consent.
 *
 * @param language    the patient's language, the page's default
 * @param preCare     the treatment's pre-care, one line each with its timing, in {@code language}
 * @param terms       what cancelling now keeps under the tenant's policy; null unless open
 * @param confirmedAt when the patient confirmed they will come; null until they do
 * @param consent     the treatment's consent form and whether the patient has signed its current version;
 *                    null when the treatment asks for none or the visit is not open
 */
public record Visit(String appointmentId, VisitState state, Instant startsAt, Instant endsAt, ZoneId timeZone,
                    String treatmentId, LocalizedText treatmentName, String locationName, String practitionerName,
                    String language, List<String> preCare, CancellationTerms terms, Instant confirmedAt,
                    ConsentNeed consent) {

    /** The treatment's form at {@code version}, signed at that version or not. */
    public record ConsentNeed(String version, boolean signed) {
    }
}
