package com.regimen.core.consent;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(SignedConsent.class)
@RegisterConstructorMapper(ConsentDao.Paper.class)
public interface ConsentDao {
    String COLUMNS = "id, patient_id, treatment_id, plugin_version, consent_version, language, typed_name, "
            + "mark_sha256, witness_id, witness_name, signed_at";

    /** What the printed form needs beyond the listing: the form as shown and the mark. */
    record Paper(String form, byte[] markPng) {
    }

    @SqlUpdate("INSERT INTO patient_consents (tenant_id, id, patient_id, treatment_id, plugin_version, "
            + "consent_version, language, typed_name, mark_png, mark_sha256, form, witness_id, witness_name, signed_at) "
            + "VALUES (:tenantId, :id, :patientId, :treatmentId, :pluginVersion, :consentVersion, :language, "
            + ":typedName, :markPng, :markSha256, :form, :witnessId, :witnessName, :signedAt)")
    void insert(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("patientId") String patientId,
                @Bind("treatmentId") String treatmentId, @Bind("pluginVersion") String pluginVersion,
                @Bind("consentVersion") String consentVersion, @Bind("language") String language,
                @Bind("typedName") String typedName, @Bind("markPng") byte[] markPng,
                @Bind("markSha256") String markSha256, @Bind("form") String form, @Bind("witnessId") String witnessId,
                @Bind("witnessName") String witnessName, @Bind("signedAt") Instant signedAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM patient_consents WHERE tenant_id = :tenantId AND id = :id")
    Optional<SignedConsent> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT form, mark_png FROM patient_consents WHERE tenant_id = :tenantId AND id = :id")
    Optional<Paper> paper(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Newest first; a patient signs a handful of forms, so the cap is only a guard. */
    @SqlQuery("SELECT " + COLUMNS + " FROM patient_consents WHERE tenant_id = :tenantId AND patient_id = :patientId "
            + "ORDER BY signed_at DESC, id DESC LIMIT 500")
    List<SignedConsent> forPatient(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    /** The versions of a treatment's form this patient has signed, newest signature first. */
    @SqlQuery("SELECT consent_version FROM patient_consents WHERE tenant_id = :tenantId AND patient_id = :patientId "
            + "AND treatment_id = :treatmentId ORDER BY signed_at DESC, id DESC LIMIT 50")
    List<String> signedVersions(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                                @Bind("treatmentId") String treatmentId);
}
