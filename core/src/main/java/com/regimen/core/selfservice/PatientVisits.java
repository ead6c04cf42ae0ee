package com.regimen.core.selfservice;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.booking.AppointmentStatus;
import com.regimen.core.booking.CancellationPolicies;
import com.regimen.core.booking.CancellationTerms;
import com.regimen.core.consent.CareSheets;
import com.regimen.core.consent.ConsentSignature;
import com.regimen.core.consent.ConsentStanding;
import com.regimen.core.consent.Consents;
import com.regimen.core.consent.TreatmentConsent;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.patients.IntakeRecord;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientIntakes;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.patients.Screenings;
import com.regimen.core.payments.Cancellations;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginFailedException;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.plugin.spi.IntakeQuestion;
import com.regimen.plugin.spi.LocalizedText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a patient does through their self-service link, each through the same domain rules as the
 * desk: see the visit, confirm it, cancel it under the tenant's policy, answer the intake (screened
 * as the desk's), sign the treatment's consent. Every action opens the link first; only an open
 * visit (booked, not started) can be changed (409 VISIT_CLOSED otherwise).
 */
public final class PatientVisits {
    private static final Logger LOG = LoggerFactory.getLogger(PatientVisits.class);
    static final String CANCEL_REASON = "Cancelled by the patient through their self-service link";

    private final Jdbi jdbi;
    private final Clock clock;
    private final SelfServiceLinks links;
    private final AppointmentBook book;
    private final Cancellations cancellations;
    private final CancellationPolicies policies;
    private final PatientRecords patients;
    private final PatientIntakes intakes;
    private final Screenings screenings;
    private final TreatmentMenu menu;
    private final PluginRegistry plugins;
    private final Consents consents;
    private final CareSheets careSheets;
    private final Locations locations;
    private final Practitioners practitioners;
    private final AuditTrail audit;

    public PatientVisits(Jdbi jdbi, Clock clock, SelfServiceLinks links, AppointmentBook book,
                         Cancellations cancellations, CancellationPolicies policies, PatientRecords patients,
                         PatientIntakes intakes, Screenings screenings, TreatmentMenu menu, PluginRegistry plugins,
                         Consents consents, CareSheets careSheets, Locations locations, Practitioners practitioners,
                         AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.links = links;
        this.book = book;
        this.cancellations = cancellations;
        this.policies = policies;
        this.patients = patients;
        this.intakes = intakes;
        this.screenings = screenings;
        this.menu = menu;
        this.plugins = plugins;
        this.consents = consents;
        this.careSheets = careSheets;
        this.locations = locations;
        this.practitioners = practitioners;
        this.audit = audit;
    }

    public Visit visit(String token) {
        return visit(links.open(token));
    }

    /** The patient will come. Repeating it changes nothing and answers the same. */
    public Visit confirm(String token) {
        PatientLink link = links.open(token);
        Appointment appointment = open(link);
        jdbi.useTransaction(handle -> {
            if (handle.attach(AttendanceDao.class).confirm(link.tenantId(), appointment.id(), link.linkId(),
                    clock.instant()) == 1) {
                auditConfirmed(handle, link);
            }
        });
        return visit(link);
    }

    /**
     * Cancels under the tenant's policy, keeping at most {@code feeAccepted} (0: only a free
     * cancellation). Beyond the free window the patient is told the fee (409 CANCELLATION_FEE_APPLIES
     * with {@code fee}) and must send it back as accepted: nothing is kept silently. Cancelling a
     * visit already cancelled answers it as it is.
     */
    public Visit cancel(String token, long feeAccepted) {
        if (feeAccepted < 0) {
            throw DomainException.invalid("feeAccepted", "must be 0 or more");
        }
        PatientLink link = links.open(token);
        Appointment appointment = appointment(link);
        if (appointment.status() == AppointmentStatus.CANCELLED) {
            return visit(link);
        }
        open(link);
        cancellations.cancel(link.actor(), appointment.id(), CANCEL_REASON, feeAccepted);
        return visit(link);
    }

    /** The questions of the visit's treatment, to answer before it. */
    public List<IntakeQuestion> intakeQuestions(String token) {
        PatientLink link = links.open(token);
        return questionsOf(appointment(link));
    }

    private List<IntakeQuestion> questionsOf(Appointment appointment) {
        return plugin(appointment.treatmentId()).map(p -> p.protocol().intakeQuestions()).orElse(List.of());
    }

    /**
     * Records a new intake version: the patient's answers to this treatment's questions over their
     * latest answers to the rest (a version is a whole form), then screens it for the visit as the desk
     * would. The new version marks the visit "new intake: review" for the clinic, and the screening is
     * kept for it to read; the patient is told only that the answers arrived.
     */
    public IntakeReceived answerIntake(String token, Map<String, Object> answers) {
        PatientLink link = links.open(token);
        Appointment appointment = open(link);
        StaffIdentity actor = link.actor();
        Set<String> asked = questionsOf(appointment).stream().map(IntakeQuestion::code).collect(Collectors.toSet());
        List<String> notAsked = answers.keySet().stream().filter(code -> !asked.contains(code)).sorted().toList();
        if (!notAsked.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "Some answers are not valid.",
                    notAsked.stream().map(code -> new FieldError("answers." + code,
                            "is not a question of this visit's treatment")).toList(), Map.of());
        }
        Map<String, Object> whole = new LinkedHashMap<>();
        Set<String> offered = menu.offeredPlugins(actor).stream()
                .flatMap(p -> p.protocol().intakeQuestions().stream()).map(IntakeQuestion::code)
                .collect(Collectors.toSet());
        intakes.latest(actor, link.patientId()).map(IntakeRecord::answers).orElse(Map.of())
                .forEach((code, value) -> {
                    if (offered.contains(code) && !asked.contains(code)) {
                        whole.put(code, value instanceof LocalDate day ? day.toString() : value);
                    }
                });
        whole.putAll(answers);
        IntakeRecord recorded = intakes.record(actor, link.patientId(), whole);
        try {
            screenings.screen(actor, link.patientId(), appointment.treatmentId(), appointment.locationId());
        } catch (PluginFailedException failed) {
            // The answers are kept and the visit is flagged for review all the same; the desk screens again.
            LOG.warn("Screening after a self-service intake failed in plugin {}", failed.pluginId());
        }
        return new IntakeReceived(recorded.version(), recorded.recordedAt());
    }

    /** The treatment's consent form now; 404 NO_CONSENT_FORM when it asks for none. */
    public TreatmentConsent consentForm(String token) {
        return consents.form(appointment(links.open(token)).treatmentId());
    }

    /**
     * The patient signs the treatment's current form alone. Signing again what they have signed at the
     * current version answers that signature (nothing new is written).
     */
    public ConsentSigned signConsent(String token, String typedName, String mark, String language) {
        PatientLink link = links.open(token);
        Appointment appointment = open(link);
        Optional<ConsentStanding> current = currentSignature(link, appointment.treatmentId());
        if (current.isPresent()) {
            return new ConsentSigned(current.get().consent(), true);
        }
        return new ConsentSigned(consents.signThroughLink(link.actor(), link.patientId(),
                new ConsentSignature(appointment.treatmentId(), typedName, mark, language)), false);
    }

    private Visit visit(PatientLink link) {
        StaffIdentity actor = link.actor();
        Appointment a = appointment(link);
        Patient patient = patients.get(actor, link.patientId());
        Location location = locations.get(actor, a.locationId());
        String practitioner = practitioners.get(actor, a.practitionerId()).name();
        Optional<LoadedPlugin> plugin = plugin(a.treatmentId());
        LocalizedText treatmentName = plugin.map(p -> p.descriptor().name())
                .orElse(LocalizedText.of(a.treatmentId(), a.treatmentId()));
        VisitState state = stateOf(a);
        Instant confirmedAt = jdbi.withHandle(handle -> handle.attach(AttendanceDao.class)
                .confirmedAt(link.tenantId(), a.id())).orElse(null);
        if (state != VisitState.OPEN) {
            return new Visit(a.id(), state, a.startsAt(), a.endsAt(), location.timezone(), a.treatmentId(),
                    treatmentName, location.name(), practitioner, patient.locale(), List.of(), null, confirmedAt, null);
        }
        CancellationTerms terms = CancellationTerms.of(a, clock.instant(), policies.get(actor));
        Visit.ConsentNeed consent = plugin.flatMap(LoadedPlugin::consent)
                .map(form -> new Visit.ConsentNeed(form.version(), currentSignature(link, a.treatmentId())
                        .isPresent()))
                .orElse(null);
        return new Visit(a.id(), state, a.startsAt(), a.endsAt(), location.timezone(), a.treatmentId(),
                treatmentName, location.name(), practitioner, patient.locale(),
                careSheets.forPatient(actor, link.patientId(), a.treatmentId()).preCare(), terms, confirmedAt,
                consent);
    }

    private Optional<ConsentStanding> currentSignature(PatientLink link, String treatmentId) {
        return consents.forPatient(link.actor(), link.patientId()).stream()
                .filter(s -> s.current() && s.consent().treatmentId().equals(treatmentId)).findFirst();
    }

    private VisitState stateOf(Appointment a) {
        if (a.status() == AppointmentStatus.CANCELLED) {
            return VisitState.CANCELLED;
        }
        return a.status() == AppointmentStatus.BOOKED && clock.instant().isBefore(a.startsAt())
                ? VisitState.OPEN : VisitState.OVER;
    }

    private Appointment appointment(PatientLink link) {
        return book.get(link.actor(), link.appointmentId()).appointment();
    }

    /** The appointment, if the patient may still change it (409 VISIT_CLOSED otherwise). */
    private Appointment open(PatientLink link) {
        Appointment a = appointment(link);
        VisitState state = stateOf(a);
        if (state != VisitState.OPEN) {
            throw new DomainException(ErrorKind.CONFLICT, "VISIT_CLOSED", state == VisitState.CANCELLED
                    ? "This appointment was cancelled: there is nothing more to do here."
                    : "This appointment is over: there is nothing more to do here.", List.of(),
                    Map.of("state", state.name()));
        }
        return a;
    }

    private Optional<LoadedPlugin> plugin(String treatmentId) {
        try {
            return Optional.of(plugins.get(treatmentId));
        } catch (DomainException uninstalled) {
            return Optional.empty();
        }
    }

    private void auditConfirmed(Handle handle, PatientLink link) {
        audit.record(handle, link.actor(), "appointment.confirmed_by_patient", "appointment", link.appointmentId(),
                Map.of("linkId", link.linkId()));
    }
}
