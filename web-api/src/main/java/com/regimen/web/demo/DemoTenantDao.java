package com.regimen.web.demo;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.Optional;

/** Finds the demo tenant by its name: a start-up check, the only lookup of a tenant by anything but its id. */
public interface DemoTenantDao {
    @SqlQuery("SELECT tenant_id FROM tenants WHERE name = :name ORDER BY tenant_id LIMIT 1")
    Optional<String> find(@Bind("name") String name);
}
