package com.regimen.core.database;

import com.regimen.core.tenancy.TenantDao;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** DAO statements carry their method's name, and each template is parsed once, not at every execution. */
class NamedStatementsIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String NO_TENANT = "00000000-0000-7000-8000-00000000dead";

    /** Jdbi's own engine, counting its parses. */
    private static final class CountingEngine implements TemplateEngine.Parsing {
        private final DefinedAttributeTemplateEngine engine = new DefinedAttributeTemplateEngine();
        private final AtomicInteger parses = new AtomicInteger();

        @Override
        public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
            parses.incrementAndGet();
            return engine.parse(template, config);
        }
    }

    private static Jdbi jdbi(TemplateEngine engine, List<String> rendered) {
        Jdbi jdbi = DB.jdbi();
        jdbi.setTemplateEngine(new NamedStatements(engine));
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                rendered.add(context.getRenderedSql());
            }
        });
        return jdbi;
    }

    @Test
    void aDaoStatementIsNamedAndParsedOnce() {
        CountingEngine engine = new CountingEngine();
        List<String> rendered = new CopyOnWriteArrayList<>();
        Jdbi jdbi = jdbi(engine, rendered);
        try (Handle handle = jdbi.open()) {
            for (int i = 0; i < 3; i++) {
                assertThat(handle.attach(TenantDao.class).find(NO_TENANT)).isEmpty();
            }
        }
        assertThat(rendered).hasSize(3).allSatisfy(sql -> assertThat(sql).startsWith("/* TenantDao.find */ SELECT "));
        assertThat(engine.parses).as("parses of the one template").hasValue(1);
    }

    @Test
    void aParsedTemplateStillRendersEachStatementsOwnDefines() {
        List<String> rendered = new CopyOnWriteArrayList<>();
        Jdbi jdbi = jdbi(new DefinedAttributeTemplateEngine(), rendered);
        try (Handle handle = jdbi.open()) {
            for (String column : List.of("name", "currency")) {
                assertThat(handle.createQuery("SELECT <column> FROM tenants WHERE tenant_id = :id")
                        .define("column", column).bind("id", NO_TENANT).mapTo(String.class).findOne()).isEmpty();
            }
        }
        // Not from a DAO: no name in front.
        assertThat(rendered).containsExactly("SELECT name FROM tenants WHERE tenant_id = :id",
                "SELECT currency FROM tenants WHERE tenant_id = :id");
    }

    @Test
    void anEngineThatCannotParseIsRenderedThroughIt() {
        // A wrapped engine with render only (as Dropwizard's own) still works, named, if uncached below.
        List<String> rendered = new CopyOnWriteArrayList<>();
        TemplateEngine renderOnly = (template, ctx) -> template.replace("<table>", "tenants");
        Jdbi jdbi = jdbi(renderOnly, rendered);
        try (Handle handle = jdbi.open()) {
            assertThat(handle.createQuery("SELECT COUNT(*) FROM <table> WHERE tenant_id = :id").bind("id", NO_TENANT)
                    .mapTo(Long.class).one()).isZero();
        }
        assertThat(rendered).containsExactly("SELECT COUNT(*) FROM tenants WHERE tenant_id = :id");
    }
}
