package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(Patient.class)
public interface PatientDao {

    @SqlUpdate("INSERT INTO patients (tenant_id, id, name, date_of_birth, phone, email, locale, created_at) "
            + "VALUES (:p.tenantId, :p.id, :p.name, :p.dateOfBirth, :p.phone, :p.email, :p.locale, :p.createdAt)")
    void insert(@BindMethods("p") Patient patient);

    @SqlQuery("SELECT tenant_id, id, name, date_of_birth, phone, email, locale, created_at FROM patients "
            + "WHERE tenant_id = :tenantId AND id = :id")
    Optional<Patient> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks the patient's row: intake versions are numbered under it. */
    @SqlQuery("SELECT tenant_id, id, name, date_of_birth, phone, email, locale, created_at FROM patients "
            + "WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<Patient> readLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlUpdate("UPDATE patients SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id = :id")
    int writeLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<Patient> lock(String tenantId, String id) {
        writeLock(tenantId, id);
        return readLock(tenantId, id);
    }

    /** Name or phone starting with {@code prefix}; the front desk types the first letters or digits. */
    @SqlQuery("SELECT tenant_id, id, name, date_of_birth, phone, email, locale, created_at FROM patients "
            + "WHERE tenant_id = :tenantId AND (:prefix IS NULL OR name LIKE :like OR phone LIKE :like) "
            + "AND (:afterId IS NULL OR id > :afterId) ORDER BY id LIMIT :limit")
    List<Patient> search(@Bind("tenantId") String tenantId, @Bind("prefix") String prefix, @Bind("like") String like,
                         @Bind("afterId") String afterId, @Bind("limit") int limit);
}
