package com.regimen.core.database;

import com.regimen.core.testing.DaoClasses;
import com.regimen.core.wiring.CoreDaos;
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
        assertThat(CoreDaos.ALL).containsExactlyInAnyOrderElementsOf(DaoClasses.inCore());
    }

    @Test
    void preloadedMetadataIsWhatEveryHandleStartsWith() {
        Jdbi jdbi = Jdbi.create("jdbc:unused").installPlugin(new SqlObjectPlugin());
        CoreDaos.preload(jdbi);
        Extensions onJdbi = jdbi.getConfig(Extensions.class);
        var factory = onJdbi.findFactory(SqlObjectFactory.class).orElseThrow();
        // A handle's configuration is a copy of this one: the same instance means no rebuild per handle.
        Extensions copy = onJdbi.createCopy();
        for (Class<?> dao : CoreDaos.ALL) {
            assertThat(copy.findMetadata(dao, factory)).isSameAs(onJdbi.findMetadata(dao, factory));
        }
    }

    @Test
    void withoutTheSqlObjectPluginItSaysSo() {
        assertThatThrownBy(() -> CoreDaos.preload(Jdbi.create("jdbc:unused")))
                .hasMessageContaining("SqlObjectPlugin");
    }
}
