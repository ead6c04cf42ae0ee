package com.regimen.core.staff;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

public interface StaffUserDao {

    @SqlUpdate("INSERT IGNORE INTO staff_users (tenant_id, id, email, name, role, password_hash, active, created_at) "
            + "VALUES (:user.tenantId, :user.id, :user.email, :user.name, :user.role, :passwordHash, :user.active, "
            + ":user.createdAt)")
    int insert(@BindMethods("user") StaffUser user, @Bind("passwordHash") String passwordHash);

    @SqlQuery("SELECT tenant_id, id, email, role, password_hash, active FROM staff_users "
            + "WHERE tenant_id = :tenantId AND email = :email")
    @RegisterConstructorMapper(StaffUserCredentials.class)
    Optional<StaffUserCredentials> findCredentials(@Bind("tenantId") String tenantId, @Bind("email") String email);

    @SqlQuery("SELECT tenant_id, id, email, name, role, active, created_at FROM staff_users "
            + "WHERE tenant_id = :tenantId AND id = :id")
    @RegisterConstructorMapper(StaffUser.class)
    Optional<StaffUser> find(@Bind("tenantId") String tenantId, @Bind("id") String id);
}
