package com.regimen.core.database;

import com.regimen.core.testing.DaoClasses;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlObjectMetadataTest {

    @Test
    void everyDaoInCoreIsPreloaded() throws Exception {
        assertThat(SqlObjectMetadata.DAOS).containsExactlyInAnyOrderElementsOf(DaoClasses.inCore());
    }

    @Test
    void preloadedMetadataIsWhatEveryHandleStartsWith() {
        Jdbi jdbi = Jdbi.create("jdbc:unused").installPlugin(new SqlObjectPlugin());
        SqlObjectMetadata.preload(jdbi);
        Extensions onJdbi = jdbi.getConfig(Extensions.class);
        var factory = onJdbi.findFactory(SqlObjectFactory.class).orElseThrow();
        // A handle's configuration is a copy of this one: the same instance means no rebuild per handle.
        Extensions copy = onJdbi.createCopy();
        for (Class<?> dao : SqlObjectMetadata.DAOS) {
            assertThat(copy.findMetadata(dao, factory)).isSameAs(onJdbi.findMetadata(dao, factory));
        }
    }

    @Test
    void withoutTheSqlObjectPluginItSaysSo() {
        assertThatThrownBy(() -> SqlObjectMetadata.preload(Jdbi.create("jdbc:unused")))
                .hasMessageContaining("SqlObjectPlugin");
    }
}
