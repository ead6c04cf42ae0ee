package com.regimen.core.staff;

import com.regimen.core.identity.Role;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface StaffUserDao {

    @SqlUpdate("INSERT IGNORE INTO staff_users (tenant_id, id, email, name, role, password_hash, active, created_at) "
            + "VALUES (:user.tenantId, :user.id, :user.email, :user.name, :user.role, :passwordHash, :user.active, "
            + ":user.createdAt)")
    int insert(@BindMethods("user") StaffUser user, @Bind("passwordHash") String passwordHash);

    @SqlQuery("SELECT tenant_id, id, email, role, password_hash, active, password_change_required FROM staff_users "
            + "WHERE tenant_id = :tenantId AND email = :email")
    @RegisterConstructorMapper(StaffUserCredentials.class)
    Optional<StaffUserCredentials> findCredentials(@Bind("tenantId") String tenantId, @Bind("email") String email);

    @SqlQuery("SELECT tenant_id, id, email, name, role, active, created_at FROM staff_users "
            + "WHERE tenant_id = :tenantId AND id = :id")
    @RegisterConstructorMapper(StaffUser.class)
    Optional<StaffUser> find(@Bind("tenantId") String tenantId, @Bind("id") String id);
    @SqlQuery("SELECT tenant_id, id, email, name, role, active, created_at FROM staff_users "
            + "WHERE tenant_id = :tenantId AND (:afterId IS NULL OR id > :afterId) ORDER BY id LIMIT :limit")
    @RegisterConstructorMapper(StaffUser.class)
    List<StaffUser> list(@Bind("tenantId") String tenantId, @Bind("afterId") String afterId, @Bind("limit") int limit);

    /** Locks the member's row: role changes, deactivation and resets of one person queue here. */
    @SqlQuery("SELECT tenant_id, id, email, name, role, active, created_at FROM staff_users "
            + "WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    @RegisterConstructorMapper(StaffUser.class)
    Optional<StaffUser> readLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlUpdate("UPDATE staff_users SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id = :id")
    int writeLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<StaffUser> lock(String tenantId, String id) {
        writeLock(tenantId, id);
        return readLock(tenantId, id);
    }

    /**
     * Locks every active owner, in id order, so two owners removing each other at the same moment
     * queue here and the second sees the first's change: a chain never loses its last owner.
     */
    @SqlQuery("SELECT id FROM staff_users WHERE tenant_id = :tenantId AND role = 'OWNER' AND active "
            + "ORDER BY id FOR UPDATE")
    List<String> readLockActiveOwners(@Bind("tenantId") String tenantId);

    @SqlUpdate("UPDATE staff_users SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND role = 'OWNER' AND active ORDER BY id")
    int writeLockActiveOwners(@Bind("tenantId") String tenantId);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default List<String> lockActiveOwners(String tenantId) {
        writeLockActiveOwners(tenantId);
        return readLockActiveOwners(tenantId);
    }

    @SqlUpdate("UPDATE staff_users SET role = :role WHERE tenant_id = :tenantId AND id = :id")
    int changeRole(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("role") Role role);

    @SqlUpdate("UPDATE staff_users SET active = :active WHERE tenant_id = :tenantId AND id = :id")
    int setActive(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("active") boolean active);

    @SqlUpdate("UPDATE staff_users SET password_hash = :passwordHash WHERE tenant_id = :tenantId AND id = :id")
    int setPasswordHash(@Bind("tenantId") String tenantId, @Bind("id") String id,
                        @Bind("passwordHash") String passwordHash);

    /** Whether the member must choose a new password before anything else (someone else chose the current one). */
    @SqlUpdate("UPDATE staff_users SET password_change_required = :required WHERE tenant_id = :tenantId AND id = :id")
    int setPasswordChangeRequired(@Bind("tenantId") String tenantId, @Bind("id") String id,
                                  @Bind("required") boolean required);

    @SqlQuery("SELECT password_hash FROM staff_users WHERE tenant_id = :tenantId AND id = :id")
    Optional<String> passwordHash(@Bind("tenantId") String tenantId, @Bind("id") String id);
}
