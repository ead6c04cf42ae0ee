package com.regimen.core.database;

import com.regimen.core.tenancy.Tenant;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A DAO is made once per handle, works on that handle only, and never outlives it. */
class DaosPerHandleIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String NO_TENANT = "00000000-0000-7000-8000-00000000dead";

    @Test
    void theSameHandleHandsOutTheDaoItAlreadyMade() {
        try (Handle handle = DB.jdbi().open()) {
            TenantDao first = handle.attach(TenantDao.class);
            assertThat(handle.attach(TenantDao.class)).isSameAs(first);
            assertThat(first.find(NO_TENANT)).isEmpty();
        }
    }

    @Test
    void withoutItEveryAttachMakesAnotherDao() {
        // What the cache saves: plain Jdbi copies the configuration for a new DAO on every attach.
        Jdbi plain = Jdbi.create(DB.dataSource()).installPlugin(new SqlObjectPlugin());
        try (Handle handle = plain.open()) {
            assertThat(handle.attach(TenantDao.class)).isNotSameAs(handle.attach(TenantDao.class));
        }
    }

    @Test
    void eachHandleHasItsOwn() {
        TenantDao onFirst;
        try (Handle first = DB.jdbi().open(); Handle second = DB.jdbi().open()) {
            onFirst = first.attach(TenantDao.class);
            TenantDao onSecond = second.attach(TenantDao.class);
            assertThat(onSecond).isNotSameAs(onFirst);
            first.close();
            // The second handle's DAO still works after the first handle closed.
            assertThat(onSecond.find(NO_TENANT)).isEmpty();
        }
        try (Handle later = DB.jdbi().open()) {
            assertThat(later.attach(TenantDao.class)).isNotSameAs(onFirst);
        }
    }

    @Test
    void extensionsThatOpenTheirOwnHandleAreNotKept() {
        // jdbi.withExtension opens a handle for the call and closes it: each call must get a fresh DAO.
        TenantDao[] seen = new TenantDao[2];
        for (int call = 0; call < 2; call++) {
            int index = call;
            Optional<Tenant> found = DB.jdbi().withExtension(TenantDao.class, dao -> {
                seen[index] = dao;
                return dao.find(NO_TENANT);
            });
            assertThat(found).isEmpty();
        }
        assertThat(seen[1]).isNotSameAs(seen[0]);
    }
}
