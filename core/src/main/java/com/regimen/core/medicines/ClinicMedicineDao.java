package com.regimen.core.medicines;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

public interface ClinicMedicineDao {

    record Row(String id, String name, String foldedName, String medicineClass, String createdBy, Instant createdAt) {
    }

    /** Ignores a name and class the clinic already has: 0 rows. */
    @SqlUpdate("INSERT IGNORE INTO clinic_medicines (tenant_id, id, name, folded_name, medicine_class, created_by, "
            + "created_at) VALUES (:tenantId, :id, :name, :foldedName, :medicineClass, :createdBy, :createdAt)")
    int insert(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("name") String name,
               @Bind("foldedName") String foldedName, @Bind("medicineClass") String medicineClass,
               @Bind("createdBy") String createdBy, @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT id, name, folded_name, medicine_class, created_by, created_at FROM clinic_medicines "
            + "WHERE tenant_id = :tenantId ORDER BY folded_name, medicine_class")
    @RegisterConstructorMapper(Row.class)
    List<Row> all(@Bind("tenantId") String tenantId);
}
