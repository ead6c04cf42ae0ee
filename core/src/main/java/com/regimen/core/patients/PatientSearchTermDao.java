package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The patients' search index: one row per word of a name and per form of a phone. A search reads
 * at most {@link #CANDIDATES} index rows for its first word, however common that word is, so one
 * search stays cheap in a chain of any size (the desk types more when its patient is not among them).
 */
@RegisterConstructorMapper(Patient.class)
public interface PatientSearchTermDao {
    int CANDIDATES = 500;
    /**
     * The first word's candidates: a range read of the primary key (tenant, term), forced, since on a
     * small table the optimiser may prefer scanning the tenant's rows, which grows with the chain.
     */
    String CANDIDATES_OF_FIRST_WORD = "SELECT tenant_id, patient_id FROM patient_search_terms FORCE INDEX (PRIMARY) "
            + "WHERE tenant_id = :tenantId AND term LIKE :first LIMIT " + CANDIDATES;

    @SqlBatch("INSERT IGNORE INTO patient_search_terms (tenant_id, term, patient_id) VALUES (:tenantId, :term, :patientId)")
    void insert(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                @Bind("term") Collection<String> terms);

    /** The zone of the chain's first location: the country its desk types national phone numbers in. */
    @SqlQuery("SELECT timezone FROM locations WHERE tenant_id = :tenantId ORDER BY created_at, id LIMIT 1")
    Optional<String> firstLocationZone(@Bind("tenantId") String tenantId);

    @SqlQuery("SELECT p.tenant_id, p.id, p.name, p.date_of_birth, p.phone, p.email, p.locale, p.created_at "
            + "FROM patients p JOIN (SELECT DISTINCT c.tenant_id, c.patient_id FROM (" + CANDIDATES_OF_FIRST_WORD
            + ") c) m "
            + "ON m.tenant_id = p.tenant_id AND m.patient_id = p.id "
            + "WHERE p.tenant_id = :tenantId AND (:afterId IS NULL OR p.id > :afterId) "
            + "AND (:second IS NULL OR EXISTS (SELECT 1 FROM patient_search_terms s WHERE s.tenant_id = :tenantId "
            + "AND s.patient_id = p.id AND s.term LIKE :second)) "
            + "AND (:third IS NULL OR EXISTS (SELECT 1 FROM patient_search_terms s WHERE s.tenant_id = :tenantId "
            + "AND s.patient_id = p.id AND s.term LIKE :third)) "
            + "ORDER BY p.id LIMIT :limit")
    List<Patient> search(@Bind("tenantId") String tenantId, @Bind("first") String first, @Bind("second") String second,
                         @Bind("third") String third, @Bind("afterId") String afterId, @Bind("limit") int limit);
}
