package com.regimen.core.consent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.patients.Patient;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.printing.PrintedPage;
import com.regimen.core.staff.StaffUserDao;
import com.regimen.plugin.spi.ConsentForm;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Patients' consents: the form to show, signing it (witnessed by the signed-in member of staff),
 * the list on the patient, the printed copy, and the one rule check-in applies: a patient has
 * signed the treatment's consent at its current version. Every signature is audited.
 */
public final class Consents {
    static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";
    private static final TypeReference<FormAsSigned> FORM = new TypeReference<>() {
    };
    private static final int MAX_NAME = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginRegistry plugins;
    private final TreatmentMenu menu;
    private final PatientRecords patients;
    private final AuditTrail audit;

    public Consents(Jdbi jdbi, Clock clock, PluginRegistry plugins, TreatmentMenu menu, PatientRecords patients,
                    AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.menu = menu;
        this.patients = patients;
        this.audit = audit;
    }

    /** The form a treatment's patients sign now; 404 NO_CONSENT_FORM when its plugin declares none. */
    public TreatmentConsent form(String treatmentId) {
        LoadedPlugin plugin = plugins.get(treatmentId);
        ConsentForm form = plugin.consent().orElseThrow(() -> noForm(plugin));
        return new TreatmentConsent(plugin.id(), plugin.version(), FormAsSigned.of(form, plugin.descriptor().name()));
    }

    /** Stands where the witness's name would be on a form the patient signed alone, through their link. */
    public static final String SIGNED_THROUGH_LINK = "The patient, through their self-service link";

    /**
     * Records the patient's signature on the treatment's current form. The witness is whoever is
     * signed in: a person, so an API key cannot witness (422 NOT_A_USER).
     */
    public SignedConsent sign(StaffIdentity actor, String patientId, ConsentSignature signature) {
        Patient patient = patients.get(actor, patientId);
        if (actor.actorType() != ActorType.USER) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "NOT_A_USER", "A consent is witnessed by a member "
                    + "of staff signed in as themselves, not by an API key.");
        }
        return record(actor, patient, signature, handle -> handle.attach(StaffUserDao.class)
                .find(actor.tenantId(), actor.actorId())
                .map(witness -> new Witness(witness.id(), witness.name()))
                .orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE, "NOT_A_USER",
                        "The signed-in member of staff was not found.")));
    }

    /**
     * The same signature, given by the patient alone through their self-service link: no one
     * witnesses it, so the witness columns name the link ({@link #SIGNED_THROUGH_LINK}) and the audit
     * names the link as the actor.
     */
    public SignedConsent signThroughLink(StaffIdentity patientLink, String patientId, ConsentSignature signature) {
        if (patientLink.actorType() != ActorType.PATIENT) {
            throw new IllegalArgumentException("only a patient's link signs alone");
        }
        Patient patient = patients.get(patientLink, patientId);
        return record(patientLink, patient, signature,
                handle -> new Witness(patientLink.actorId(), SIGNED_THROUGH_LINK));
    }

    private record Witness(String id, String name) {
    }

    private SignedConsent record(StaffIdentity actor, Patient patient, ConsentSignature signature,
                                 java.util.function.Function<Handle, Witness> witnessOf) {
        String patientId = patient.id();
        if (signature.treatmentId() == null || signature.treatmentId().isBlank()) {
            throw DomainException.invalid("treatmentId", "is required");
        }
        String typedName = typedName(signature.typedName());
        String language = signature.language() == null ? patient.locale() : signature.language();
        if (!"ar".equals(language) && !"en".equals(language)) {
            throw DomainException.invalid("language", "must be ar or en");
        }
        ConsentMark mark = ConsentMark.parse(signature.mark());
        LoadedPlugin plugin = menu.offered(actor, signature.treatmentId()).plugin();
        ConsentForm form = plugin.consent().orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE,
                "NO_CONSENT_FORM", plugin.descriptor().name().en() + " has no consent form to sign.",
                List.of(), Map.of("treatmentId", plugin.id())));
        FormAsSigned shown = FormAsSigned.of(form, plugin.descriptor().name());
        return jdbi.inTransaction(handle -> {
            Witness witness = witnessOf.apply(handle);
            String id = Ids.newId();
            Instant now = clock.instant();
            handle.attach(ConsentDao.class).insert(actor.tenantId(), id, patientId, plugin.id(), plugin.version(),
                    form.version(), language, typedName, mark.png(), mark.sha256(), JsonColumns.write(shown),
                    witness.id(), witness.name(), now);
            // The typed name is the patient's: the audit keeps what was signed and by whose witness, not who.
            audit.record(handle, actor, "consent.signed", "patient", patientId, Map.of("consentId", id,
                    "treatmentId", plugin.id(), "consentVersion", form.version(), "pluginVersion", plugin.version(),
                    "markSha256", mark.sha256(), "language", language));
            return handle.attach(ConsentDao.class).find(actor.tenantId(), id).orElseThrow();
        });
    }

    /** Newest first, each saying whether it is of the treatment's current version. */
    public List<ConsentStanding> forPatient(StaffIdentity reader, String patientId) {
        patients.get(reader, patientId);
        List<SignedConsent> signed = jdbi.withHandle(handle -> handle.attach(ConsentDao.class)
                .forPatient(reader.tenantId(), patientId));
        return signed.stream().map(c -> new ConsentStanding(c, currentVersion(c.treatmentId())
                .map(c.consentVersion()::equals).orElse(false))).toList();
    }

    public SignedConsent get(StaffIdentity reader, String patientId, String consentId) {
        return jdbi.withHandle(handle -> find(handle, reader.tenantId(), patientId, consentId));
    }

    /** The signed form as a printable page, in {@code language} (null: the language it was signed in). */
    public String html(StaffIdentity reader, String patientId, String consentId, String language) {
        return page(reader, patientId, consentId, language).xhtml();
    }

    public byte[] pdf(StaffIdentity reader, String patientId, String consentId, String language) {
        return page(reader, patientId, consentId, language).pdf();
    }

    /**
     * Check-in's rule, inside its transaction: when the treatment declares a consent form, the patient
     * has signed its current version (422 CONSENT_REQUIRED, naming the version needed and the newest
     * signed, otherwise).
     */
    public static void require(Handle handle, String tenantId, String patientId, LoadedPlugin plugin) {
        Optional<ConsentForm> form = plugin.consent();
        if (form.isEmpty()) {
            return;
        }
        String needed = form.get().version();
        List<String> signed = handle.attach(ConsentDao.class).signedVersions(tenantId, patientId, plugin.id());
        if (signed.contains(needed)) {
            return;
        }
        Map<String, Object> details = new HashMap<>(Map.of("treatmentId", plugin.id(), "consentVersion", needed));
        String message;
        if (signed.isEmpty()) {
            message = "The patient has not signed the consent for " + plugin.descriptor().name().en()
                    + ": they sign it (witnessed) before the first session.";
        } else {
            details.put("signedVersion", signed.get(0));
            message = "The consent for " + plugin.descriptor().name().en() + " changed (version " + needed
                    + "; the patient signed " + signed.get(0) + "): the patient signs the new version first.";
        }
        throw new DomainException(ErrorKind.UNPROCESSABLE, CONSENT_REQUIRED, message, List.of(), details);
    }

    private PrintedPage page(StaffIdentity reader, String patientId, String consentId, String language) {
        return jdbi.withHandle(handle -> {
            SignedConsent consent = find(handle, reader.tenantId(), patientId, consentId);
            ConsentDao.Paper paper = handle.attach(ConsentDao.class).paper(reader.tenantId(), consentId).orElseThrow();
            Patient patient = patients.get(reader, patientId);
            String lang = language == null ? consent.language() : language;
            return ConsentPage.build(consent, JsonColumns.read(paper.form(), FORM), paper.markPng(), patient.name(),
                    lang);
        });
    }

    private Optional<String> currentVersion(String treatmentId) {
        try {
            return plugins.get(treatmentId).consent().map(ConsentForm::version);
        } catch (DomainException uninstalled) {
            return Optional.empty();
        }
    }

    private static SignedConsent find(Handle handle, String tenantId, String patientId, String consentId) {
        return handle.attach(ConsentDao.class).find(tenantId, consentId)
                .filter(c -> c.patientId().equals(patientId))
                .orElseThrow(() -> DomainException.notFound("Consent"));
    }

    private static String typedName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DomainException.invalid("typedName", "must be 1 to " + MAX_NAME + " characters: the patient "
                    + "types their name");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("typedName", "must not contain control characters");
        }
        return name;
    }

    private static DomainException noForm(LoadedPlugin plugin) {
        return new DomainException(ErrorKind.NOT_FOUND, "NO_CONSENT_FORM", plugin.descriptor().name().en()
                + " has no consent form.", List.of(), Map.of("treatmentId", plugin.id()));
    }
}
